package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A nightly run in a forked JVM, as cron starts it: it can really die (kill -9, or a test fault
 * that halts it at a given moment), and its console is kept beside its state folder.
 */
final class ForkedNight {
    private ForkedNight() {
    }

    static Process start(Path input, Path out, Path state, String... systemProperties) throws IOException {
        return start(Map.of(), input, out, state, systemProperties);
    }

    /** @param environment variables set in the night's environment (LANG, for instance); an empty value removes one */
    static Process start(Map<String, String> environment, Path input, Path out, Path state, String... systemProperties)
            throws IOException {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx512m", "-cp", System.getProperty("java.class.path")));
        command.addAll(List.of(systemProperties));
        command.addAll(List.of(JuryE61.class.getName(), "nightly", "--input", input.toString(), "--output",
                out.toString(), "--state", state.toString()));
        Files.createDirectories(state);
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(state.resolveSibling(state.getFileName() + "-console-" + System.nanoTime() + ".txt")
                        .toFile());
        environment.forEach((name, value) -> {
            if (value.isEmpty()) {
                builder.environment().remove(name);
            } else {
                builder.environment().put(name, value);
            }
        });
        return builder.start();
    }

    /**
     * Starts a night that pauses at {@code moment} (see jobs.FaultInjection) and returns once it
     * is there; it goes on when the file {@code go} is created.
     */
    static Process startPaused(Path input, Path out, Path state, String moment, Path go) throws Exception {
        Process night = start(input, out, state, "-Djury.test.pause=" + moment, "-Djury.test.pause-jusqua=" + go);
        long until = System.currentTimeMillis() + 60_000;
        while (!lastConsole(state).contains("Test fault: paused") && System.currentTimeMillis() < until) {
            Thread.sleep(50);
        }
        assertThat(lastConsole(state)).as("the night paused at " + moment).contains("Test fault: paused");
        return night;
    }

    static int finish(Process process) throws InterruptedException {
        assertThat(process.waitFor(180, TimeUnit.SECONDS)).as("the night ends").isTrue();
        return process.exitValue();
    }

    static int run(Path input, Path out, Path state, String... systemProperties) throws Exception {
        return finish(start(input, out, state, systemProperties));
    }

    /** Everything the nights of this state printed, oldest first. */
    static String console(Path state) throws IOException {
        try (Stream<Path> files = Files.list(state.getParent())) {
            StringBuilder all = new StringBuilder();
            for (Path f : files.filter(p -> p.getFileName().toString().startsWith(state.getFileName() + "-console-"))
                    .sorted().toList()) {
                all.append(Files.readString(f));
            }
            return all.toString();
        }
    }

    /** What the last night of this state printed. */
    static String lastConsole(Path state) throws IOException {
        try (Stream<Path> files = Files.list(state.getParent())) {
            Path last = files.filter(p -> p.getFileName().toString().startsWith(state.getFileName() + "-console-"))
                    .max(Path::compareTo).orElseThrow();
            return Files.readString(last);
        }
    }
}
