package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * check-report --format json, run as a user runs it (its own JVM, logging configured as
 * shipped), prints exactly one JSON document on stdout for every real report of
 * ../shared/realworld: font and parser warnings go to stderr.
 */
class CheckReportRealWorldIT {
    private static final Path REAL = Path.of("../shared/realworld/pdfs");

    @Test
    void stdoutIsOneJsonDocumentOnEveryRealReport() throws Exception {
        assumeTrue(Files.isDirectory(REAL), "../shared/realworld is not beside the project");
        List<Path> files;
        try (Stream<Path> listing = Files.list(REAL)) {
            files = listing.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
        assertThat(files).isNotEmpty();
        // one JVM per file, as a user runs it, two at a time
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < files.size(); i += 2) {
            List<Path> batch = files.subList(i, Math.min(i + 2, files.size()));
            List<Process> running = new ArrayList<>();
            List<Path> outputs = new ArrayList<>();
            for (Path file : batch) {
                Path out = Files.createTempFile("check-report", ".json");
                outputs.add(out);
                running.add(new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-cp", System.getProperty("java.class.path"), JuryE61.class.getName(), "check-report",
                        file.toString(), "--format", "json").redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.DISCARD).start());
            }
            for (int k = 0; k < running.size(); k++) {
                assertThat(running.get(k).waitFor(300, TimeUnit.SECONDS)).isTrue();
                String stdout = Files.readString(outputs.get(k), StandardCharsets.UTF_8);
                Files.delete(outputs.get(k));
                if (!oneDocument(stdout)) {
                    failures.add(batch.get(k).getFileName() + ": " + stdout.substring(0, Math.min(80, stdout.length())));
                }
            }
        }
        assertThat(failures).isEmpty();
    }

    private static boolean oneDocument(String stdout) throws IOException {
        try {
            JsonNode node = JsonMapper.builder().build().readTree(stdout);
            return node.isObject() && node.has("pages") && node.has("sections") && node.has("constats");
        } catch (RuntimeException e) {
            return false;
        }
    }
}
