package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** jobs/nightly.sh, the launcher cron runs: its help, and an unknown argument refused before anything is written. */
class NightlyScriptTest {
    @TempDir
    Path work;

    private record Run(int exit, String out, String err) {
    }

    private Run script(String... args) throws Exception {
        java.util.List<String> command = new java.util.ArrayList<>(java.util.List.of("bash", "jobs/nightly.sh"));
        command.addAll(java.util.List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().put("JURY_INPUT", work.resolve("input").toString());
        builder.environment().put("JURY_OUTPUT", work.resolve("out").toString());
        builder.environment().put("JURY_STATE", work.resolve("state").toString());
        Process process = builder.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        return new Run(process.exitValue(), out, err);
    }

    @Test
    void helpPrintsTheUsageInFrenchAndExits0() throws Exception {
        Run help = script("--help");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage : jobs/nightly.sh [--nuit-complete]")
                .contains("JURY_INPUT", "JURY_STATE", "Codes de sortie :", "Exemple :");
        assertThat(script("-h").exit()).isZero();
        assertThat(work.resolve("state")).doesNotExist();
    }

    @Test
    void anUnknownArgumentIsAUsageErrorAndWritesNothing() throws Exception {
        Run bad = script("--input", "/tmp");
        assertThat(bad.exit()).isEqualTo(2);
        assertThat(bad.err()).contains("Argument inconnu : --input", "jobs/nightly.sh --help");
        try (var files = Files.list(work)) {
            assertThat(files).as("no log folder, no extracted jar, no state").isEmpty();
        }
    }
}
