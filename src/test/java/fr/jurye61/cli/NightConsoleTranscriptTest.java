package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.reports.Golden;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The console of a small night, compared with a golden transcript (times, durations and folders
 * masked): French only, every step once, the summary at the end; then the unchanged night.
 */
class NightConsoleTranscriptTest {
    @TempDir
    Path work;

    /** What varies from run to run: the clock, the durations, the temporary folder. */
    private List<String> masked(String console) {
        String root = work.toAbsolutePath().normalize().toString();
        return console.lines()
                .filter(l -> !l.contains(" : en cours depuis ")) // a slow machine's « still running » lines
                .map(l -> l.replaceFirst("^\\d\\d:\\d\\d:\\d\\d  ", "hh:mm:ss  "))
                .map(l -> l.replaceAll("\\d+ min \\d\\d s|\\d+,\\d s|\\b\\d+ s\\b", "<durée>"))
                .map(l -> l.replace(root, "<travail>"))
                .toList();
    }

    @Test
    void aNightAndTheUnchangedNightAfterItSpeakFrenchStepByStep() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        String[] args = {"nightly", "--input", input.toString(), "--output", work.resolve("out").toString(), "--state",
                work.resolve("state").toString()};
        Captured night = Captured.run(args);
        assertThat(night.exit()).as(night.console()).isZero();
        assertThat(masked(night.console())).containsExactlyElementsOf(
                Golden.lines("console/nuit.txt", masked(night.console())));
        Captured unchanged = Captured.run(args);
        assertThat(unchanged.exit()).isZero();
        assertThat(masked(unchanged.console())).containsExactlyElementsOf(
                Golden.lines("console/nuit-inchangee.txt", masked(unchanged.console())));
        // nothing of the technical log: no logger, no Spring Batch counters, no stack
        for (String console : List.of(night.console(), unchanged.console())) {
            assertThat(console).doesNotContain("INFO", "WARN", "ERROR", "Step already complete", "COMPLETED",
                    "Exception", "items");
        }
    }
}
