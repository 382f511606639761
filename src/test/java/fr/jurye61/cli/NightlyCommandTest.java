package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Exit codes of output.md, through the real command line and a file database under --state. */
class NightlyCommandTest {
    @TempDir
    Path work;

    private int nightly(Path input, Path output, Path state) {
        return JuryE61.execute("nightly", "--input", input.toString(), "--output", output.toString(),
                "--state", state.toString());
    }

    @Test
    void completesTwiceOnTheSameStateAndNeverWritesTheInput() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        long before = Files.walk(input).count();
        assertThat(nightly(input, work.resolve("out"), work.resolve("state"))).isZero();
        assertThat(nightly(input, work.resolve("out"), work.resolve("state"))).isZero();
        assertThat(work.resolve("out/rejets.csv")).exists();
        assertThat(work.resolve("state/jury-e61.script")).exists();
        assertThat(Files.walk(input).count()).isEqualTo(before);
    }

    @Test
    void aConfigurationErrorExitsWith2AndWritesNothing() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Files.writeString(input.resolve("session.properties"), "date_examen=2027-06-08\nseuil_inconnu=3\n");
        assertThat(nightly(input, work.resolve("out"), work.resolve("state"))).isEqualTo(2);
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(work.resolve("state")).doesNotExist();
    }

    @Test
    void missingRegistrationsOrOutputInsideInputAreConfigurationErrors() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        assertThat(nightly(input, input.resolve("out"), work.resolve("state"))).isEqualTo(2);
        Files.delete(input.resolve("commissions.csv"));
        assertThat(nightly(input, work.resolve("out"), work.resolve("state"))).isEqualTo(2);
        assertThat(nightly(work.resolve("absent"), work.resolve("out"), work.resolve("state"))).isEqualTo(2);
        assertThat(JuryE61.execute("nightly", "--input")).isEqualTo(2);
    }

    @Test
    void aSecondRunOnALockedStateIsRefusedWith3() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path state = Files.createDirectories(work.resolve("state"));
        try (FileChannel channel = FileChannel.open(state.resolve(NightlyCommand.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock held = channel.lock()) {
            assertThat(held.isValid()).isTrue();
            assertThat(nightly(input, work.resolve("out"), state)).isEqualTo(3);
        }
        assertThat(work.resolve("out")).doesNotExist();
    }

}
