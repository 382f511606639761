package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.io.db.StateDatabase;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A night with nothing new is told before Spring starts and recorded without running the job;
 * anything that could change a result — an input's content even with its size and date kept, the
 * published outputs, the settings — makes a full night.
 */
class UnchangedNightTest {
    private static final String BOM = "\uFEFF";

    @TempDir
    Path work;
    private Path input;
    private Path output;
    private Path state;

    @BeforeEach
    void aCompletedNight() throws Exception {
        input = SessionFixture.small(work.resolve("input")).root();
        output = work.resolve("out");
        state = work.resolve("state");
        assertThat(night().exit()).isZero();
        assertThat(executions()).isEqualTo(1);
    }

    private Captured night(String... extra) {
        String[] args = {"nightly", "--input", input.toString(), "--output", output.toString(), "--state",
                state.toString()};
        String[] all = java.util.Arrays.copyOf(args, args.length + extra.length);
        System.arraycopy(extra, 0, all, args.length, extra.length);
        return Captured.run(all);
    }

    private long executions() throws Exception {
        return count("SELECT COUNT(*) FROM BATCH_JOB_EXECUTION");
    }

    private long count(String sql) throws Exception {
        try (Connection c = DriverManager.getConnection(StateDatabase.url(state) + ";ifexists=true", "SA", "");
                Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
            r.next();
            return r.getLong(1);
        }
    }

    @Test
    void nothingChangedIsRecordedWithoutRunningTheJobAndLeavesTheOutputsInPlace() throws Exception {
        // given the published decisions (the very file, not only its bytes)
        Path decisions = output.resolve("decisions.csv").toRealPath();
        Object key = Files.readAttributes(decisions, java.nio.file.attribute.BasicFileAttributes.class).fileKey();
        byte[] bytes = Files.readAllBytes(decisions);

        // when the next night finds nothing new
        Captured second = night();

        // then it is recorded, linked to the first run, and no job ran
        assertThat(second.exit()).isZero();
        assertThat(second.console()).contains("Aucun changement depuis la nuit n°", "changements.csv est vide");
        assertThat(executions()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM J_NUIT_INCHANGEE WHERE MOTIF = 'aucun changement' AND RELUS = 0"))
                .isEqualTo(1);
        Path same = output.resolve("decisions.csv").toRealPath();
        assertThat(Files.readAttributes(same, java.nio.file.attribute.BasicFileAttributes.class).fileKey())
                .isEqualTo(key);
        assertThat(Files.readAllBytes(same)).isEqualTo(bytes);
        assertThat(Files.readString(output.resolve("changements.csv"), StandardCharsets.UTF_8))
                .isEqualTo(BOM + "numero_candidat;decision_avant;decision_apres;constats_ajoutes;constats_retires\r\n");

        // and a third night finds it unchanged again
        assertThat(night().console()).contains("Aucun changement");
        assertThat(executions()).isEqualTo(1);
    }

    @Test
    void aFileCopiedOverWithTheSameContentIsHashedAgainAndStillUnchanged() throws Exception {
        Path commissions = input.resolve("commissions.csv");
        byte[] same = Files.readAllBytes(commissions);
        Files.delete(commissions);
        Files.write(commissions, same); // a new file (another inode), the same content

        Captured second = night();

        assertThat(second.console()).contains("Aucun changement");
        assertThat(executions()).isEqualTo(1);
        assertThat(count("SELECT COUNT(*) FROM J_NUIT_INCHANGEE WHERE RELUS = 1")).isEqualTo(1);
    }

    @Test
    void aFileRewrittenInPlaceWithItsSizeAndDateKeptIsANewNight() throws Exception {
        // given a registration file changed in one character, its size and modification time put back
        Path registrations = Files.list(input.resolve("inscriptions")).sorted().findFirst().orElseThrow();
        FileTime date = Files.getLastModifiedTime(registrations, LinkOption.NOFOLLOW_LINKS);
        String text = Files.readString(registrations, StandardCharsets.UTF_8);
        int last = text.lastIndexOf("2026");
        String changed = last < 0 ? text.replaceFirst("a", "e") : text.substring(0, last) + "2027" + text.substring(last + 4);
        assertThat(changed).isNotEqualTo(text).hasSameSizeAs(text);
        Files.writeString(registrations, changed, StandardCharsets.UTF_8);
        Files.setLastModifiedTime(registrations, date);

        Captured second = night();

        assertThat(second.console()).doesNotContain("Aucun changement");
        assertThat(executions()).isEqualTo(2);
    }

    @Test
    void publishedOutputsTamperedWithMakeAFullNightThatRestoresThem() throws Exception {
        Path decisions = output.resolve("decisions.csv").toRealPath();
        byte[] bytes = Files.readAllBytes(decisions);
        Files.writeString(decisions, "falsifié\n");

        Captured second = night();

        assertThat(second.console()).doesNotContain("Aucun changement");
        assertThat(executions()).isEqualTo(2);
        assertThat(Files.readAllBytes(output.resolve("decisions.csv"))).isEqualTo(bytes);
    }

    @Test
    void aFullNightOnRequestOrWithOtherSettingsRunsTheJob() throws Exception {
        assertThat(night("--nuit-complete").console()).doesNotContain("Aucun changement");
        assertThat(executions()).isEqualTo(2);

        System.setProperty("jury.pdf.budget-ms", "29000");
        try {
            assertThat(night().console()).doesNotContain("Aucun changement");
            assertThat(executions()).isEqualTo(3);
            assertThat(night().console()).contains("Aucun changement"); // the same settings again
            assertThat(executions()).isEqualTo(3);
        } finally {
            System.clearProperty("jury.pdf.budget-ms");
        }
    }

    @Test
    void aFingerprintThatCannotBeReadOnlyCostsAFullNight() throws Exception {
        Path fingerprint = state.resolve(fr.jurye61.io.input.NightFingerprint.FILE);
        Files.writeString(fingerprint, Files.readString(fingerprint).substring(0, 200));

        assertThat(night().console()).doesNotContain("Aucun changement");
        assertThat(executions()).isEqualTo(2);
        assertThat(night().console()).contains("Aucun changement"); // the full night wrote a new one
    }

    @Test
    void aFullNightReadsOnlyTheChangedInputAndHashesNoPublishedPackAgain() throws Exception {
        // given a second night already run on a changed registration file (two nights now stand
        // in the output: the published one and the one it replaced, sharing the pack files)
        Path registrations = input.resolve("inscriptions/b.csv");
        Files.write(registrations, "P06,Roux,Jade,scolaire,C02,01/02/2005\r\n".getBytes(StandardCharsets.ISO_8859_1),
                java.nio.file.StandardOpenOption.APPEND);
        assertThat(night().console()).doesNotContain("Aucun changement");
        // and the same file changed again
        Files.write(registrations, "P07,Roux,Paul,scolaire,C02,01/02/2005\r\n".getBytes(StandardCharsets.ISO_8859_1),
                java.nio.file.StandardOpenOption.APPEND);
        ch.qos.logback.core.read.ListAppender<ch.qos.logback.classic.spi.ILoggingEvent> log =
                new ch.qos.logback.core.read.ListAppender<>();
        log.start();
        ch.qos.logback.classic.Logger jobs = (ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("fr.jurye61.jobs");
        jobs.addAppender(log);

        // when the third night runs: a full one
        try {
            assertThat(night().console()).doesNotContain("Aucun changement");
        } finally {
            jobs.detachAppender(log);
        }
        assertThat(executions()).isEqualTo(3);

        // then its snapshot read only that file, and the pack check hashed no published file again
        String tonight = String.join("\n", log.list.stream().map(ch.qos.logback.classic.spi.ILoggingEvent::getFormattedMessage).toList());
        java.util.regex.Matcher snapshot = java.util.regex.Pattern
                .compile("Input snapshot: (\\d+) entries, \\d+ MiB \\((\\d+) unchanged since the last night\\)").matcher(tonight);
        assertThat(snapshot.find()).as(tonight).isTrue();
        assertThat(Integer.parseInt(snapshot.group(2))).isEqualTo(Integer.parseInt(snapshot.group(1)) - 1);
        java.util.regex.Matcher packs = java.util.regex.Pattern
                .compile("Published packs checked: (\\d+) files as the last night left them \\(not hashed again\\), (\\d+) hashed")
                .matcher(tonight);
        assertThat(packs.find()).as(tonight).isTrue();
        assertThat(Integer.parseInt(packs.group(1))).isPositive();
        assertThat(packs.group(2)).isEqualTo("0");
    }
}
