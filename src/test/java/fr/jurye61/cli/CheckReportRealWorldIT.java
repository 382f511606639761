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
        List<Path> files = realReports();
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

    /** The real reports of ../shared/realworld (the test is skipped when it is not beside the project). */
    private static List<Path> realReports() throws IOException {
        assumeTrue(Files.isDirectory(REAL), "../shared/realworld is not beside the project");
        try (Stream<Path> listing = Files.list(REAL)) {
            return listing.filter(p -> p.toString().endsWith(".pdf")).sorted().toList();
        }
    }

    private static boolean oneDocument(String stdout) throws IOException {
        try {
            JsonNode node = JsonMapper.builder().build().readTree(stdout);
            return node.isObject() && node.has("pages") && node.has("sections") && node.has("constats");
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * check-report --format html on every real report (in this JVM): each page is written, stays
     * small, pictures at most PagePictures.MAX_PAGES pages, and nearly every section found has its
     * heading boxed on its page (136 of 141 when measured; the rest are chapter titles the outline
     * composes from several printed lines).
     */
    @Test
    void theHtmlPageBoxesTheHeadingsOfRealReports() throws Exception {
        List<Path> files = realReports();
        Path dir = Files.createTempDirectory("check-report-html");
        int sections = 0;
        int boxed = 0;
        for (Path file : files) {
            Path html = dir.resolve(file.getFileName() + ".html");
            picocli.CommandLine cli = new picocli.CommandLine(new JuryE61());
            cli.setOut(new java.io.PrintWriter(new java.io.StringWriter()));
            cli.setErr(new java.io.PrintWriter(new java.io.StringWriter()));
            assertThat(cli.execute("check-report", "--format", "html", file.toString(), "-o", html.toString()))
                    .as(file.getFileName().toString()).isBetween(0, 1);
            String page = Files.readString(html, StandardCharsets.UTF_8);
            assertThat(Files.size(html)).as(file.getFileName().toString()).isLessThan(1_500_000);
            assertThat(page.split("\\{background-image:", -1).length - 1).isLessThanOrEqualTo(
                    fr.jurye61.io.pdf.PagePictures.MAX_PAGES);
            int found = page.split("<section class=\"trouvee\"", -1).length - 1;
            int inBoxes = page.split("class=\"cadre\"", -1).length - 1;
            if (file.getFileName().toString().startsWith("albaladejo")) {
                // LaTeX: numbered headings (« 4 Conclusion ») under unnumbered bookmarks, all boxed
                assertThat(found).isEqualTo(3);
                assertThat(inBoxes).isEqualTo(3);
            }
            sections += found;
            boxed += inBoxes;
            Files.delete(html);
        }
        Files.delete(dir);
        assertThat(sections).isGreaterThan(100);
        assertThat((double) boxed / sections).isGreaterThanOrEqualTo(0.9);
    }
}
