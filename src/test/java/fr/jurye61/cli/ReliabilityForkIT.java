package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.domain.FileState;
import fr.jurye61.io.pdf.PdfProbe;
import fr.jurye61.sample.SampleSessionGenerator;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What happens to a night when its process dies, when two runs meet, when the disk fills up:
 * each case in a forked JVM that is really killed (kill -9) or really fails.
 */
class ReliabilityForkIT {
    /** Outputs compared byte for byte (the audit report carries times, so it is left out). */
    private static final List<String> COMPARED = List.of("decisions.csv", "constats.csv", "rejets.csv", "constats.sarif",
            "changements.csv", "notices/president-jury.csv", "notices/president-jury.pdf");

    @TempDir
    static Path shared;
    static Path input;

    @BeforeAll
    static void session() throws IOException {
        input = shared.resolve("input");
        new SampleSessionGenerator(input, 30, 2, 11).generate();
    }

    private static Process fork(Path out, Path state, String... systemProperties) throws IOException {
        return ForkedNight.start(input, out, state, systemProperties);
    }

    private static int finish(Process process) throws InterruptedException {
        return ForkedNight.finish(process);
    }

    private static String console(Path state) throws IOException {
        return ForkedNight.console(state);
    }

    private static Map<String, byte[]> outputs(Path out) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (String name : COMPARED) {
            files.put(name, Files.readAllBytes(out.resolve(name)));
        }
        Path dossiers = out.resolve("dossiers").toRealPath();
        try (Stream<Path> packs = Files.walk(dossiers)) {
            for (Path p : packs.filter(Files::isRegularFile).toList()) {
                files.put("dossiers/" + dossiers.relativize(p), Files.readAllBytes(p));
            }
        }
        return files;
    }

    /** Whatever the moment, a visible output is whole: no half-written file (temporary ones are hidden). */
    private static void noHalfWrittenFile(Path out) throws IOException {
        if (!Files.exists(out)) {
            return;
        }
        // through the links, as a reader opens them: the published night only
        try (Stream<Path> walk = Files.walk(out, java.nio.file.FileVisitOption.FOLLOW_LINKS)) {
            for (Path p : walk.filter(Files::isRegularFile).toList()) {
                String relative = out.relativize(p).toString();
                if (relative.startsWith(".") || relative.contains("/.")) {
                    continue;
                }
                if (relative.endsWith(".csv")) {
                    assertThat(Files.readString(p)).as(relative).endsWith("\r\n");
                } else if (relative.endsWith(".pdf")) {
                    assertThat(PdfProbe.probe(p)).as(relative).isEqualTo(FileState.LISIBLE);
                } else if (relative.endsWith(".html")) {
                    assertThat(Files.readString(p)).as(relative).endsWith("</html>\n");
                } else if (relative.endsWith(".sarif")) {
                    assertThat(Files.readString(p).strip()).as(relative).endsWith("}");
                }
            }
        }
    }

    /**
     * After a completed night: the pointer, the lock, the record of the state that wrote here and
     * the nights folder, nothing half-done beside them.
     */
    private static void noLeftovers(Path out) throws IOException {
        try (Stream<Path> left = Files.list(out)) {
            assertThat(left.map(p -> p.getFileName().toString()).filter(n -> n.startsWith(".")))
                    .containsExactlyInAnyOrder(".courant", ".nuits", ".jury-e61.verrou", ".jury-e61.etat");
        }
        try (Stream<Path> nights = Files.list(out.resolve(".nuits"))) {
            assertThat(nights.count()).as("the published night and at most the one before").isBetween(1L, 2L);
        }
        try (Stream<Path> walk = Files.walk(out.resolve(".courant").toRealPath())) {
            assertThat(walk.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void killedAtAnyMomentTheSameCommandResumesAndEndsWithTheSameOutputs() throws Exception {
        Path reference = shared.resolve("ref-out");
        long began = System.nanoTime();
        assertThat(finish(fork(reference, shared.resolve("ref-state")))).isZero();
        long duration = (System.nanoTime() - began) / 1_000_000;
        Map<String, byte[]> expected = outputs(reference);

        // SIGKILL from outside at a moment of the clock (where it lands depends on the machine's load),
        // and the process dying at chosen moments: mid-ingestion, mid-analysis, mid-packs, at publication
        for (long delay : new long[] {duration * 3 / 10, duration * 6 / 10}) {
            Path out = shared.resolve("out-" + delay);
            Path state = shared.resolve("state-" + delay);
            Process night = fork(out, state);
            Thread.sleep(delay);
            boolean alive = night.isAlive();
            night.destroyForcibly(); // SIGKILL: no shutdown hook, no cleanup
            night.waitFor(30, TimeUnit.SECONDS);
            resumesToTheSameOutputs(out, state, expected, alive, "a kill at " + delay + " ms");
        }
        for (String moment : List.of("morceau:ingestion-pieces:0", "morceau:evaluation:1", "morceau:dossiers:0",
                "avant:publication")) {
            Path out = shared.resolve("out-" + moment.replace(':', '-'));
            Path state = shared.resolve("state-" + moment.replace(':', '-'));
            assertThat(finish(fork(out, state, "-Djury.test.arret=" + moment))).as("killed at " + moment).isEqualTo(137);
            resumesToTheSameOutputs(out, state, expected, true, "a kill at " + moment);
        }
    }

    /** After a kill: nothing half-written is visible, and the same command ends with the uninterrupted outputs. */
    private static void resumesToTheSameOutputs(Path out, Path state, Map<String, byte[]> expected, boolean killedMidRun,
            String when) throws Exception {
        noHalfWrittenFile(out);
        int exit = finish(fork(out, state));
        assertThat(exit).as("resumed after %s: %s", when, console(state)).isZero();
        Map<String, byte[]> actual = outputs(out);
        assertThat(actual.keySet()).isEqualTo(expected.keySet());
        // a night that had already finished makes the rerun a second night: only its changes differ
        expected.entrySet().stream().filter(e -> killedMidRun || !e.getKey().equals("changements.csv"))
                .forEach(e -> assertThat(actual.get(e.getKey())).as(e.getKey() + " after " + when)
                        .isEqualTo(e.getValue()));
        noLeftovers(out);
    }

    @Test
    void aSecondRunOnTheSameStateIsRefusedAtOnceAndTheLockDiesWithItsProcess() throws Exception {
        Path out = shared.resolve("lock-out");
        Path state = shared.resolve("lock-state");
        Process night = fork(out, state);
        // wait until the forked night holds the lock
        long until = System.currentTimeMillis() + 20_000;
        boolean held = false;
        while (!held && System.currentTimeMillis() < until) {
            Thread.sleep(100);
            try (FileChannel channel = FileChannel.open(state.resolve("jury-e61.lock"), StandardOpenOption.CREATE,
                    StandardOpenOption.WRITE); FileLock lock = channel.tryLock()) {
                held = lock == null;
            }
        }
        assertThat(held).as("the forked night took the lock").isTrue();

        long start = System.nanoTime();
        Captured second = Captured.run("nightly", "--input", input.toString(), "--output", out.toString(), "--state",
                state.toString());
        assertThat(second.exit()).isEqualTo(3);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(2_000);
        assertThat(second.console()).contains("Une autre exécution utilise déjà l'état");

        night.destroyForcibly();
        night.waitFor(30, TimeUnit.SECONDS);
        assertThat(finish(fork(out, state))).as(console(state)).isZero();
    }

    @Test
    void aFullDiskKeepsThePreviousNightThenTheNextRunResumes() throws Exception {
        Path out = shared.resolve("disk-out");
        Path state = shared.resolve("disk-state");
        assertThat(finish(fork(out, state))).isZero();
        Map<String, byte[]> previous = outputs(out);
        String previousHtml = Files.readString(out.resolve("rapport-audit.html"));

        // a ruling arrives, and the disk fills up while tonight's audit report is written
        Path rulings = input.resolve("decisions/zz-test.csv");
        new SessionFixture(input).file("decisions/zz-test.csv", "numero_candidat;regle;decision;auteur;justification\n"
                + "E61-0017;STAGE-DUREE-INSUFFISANTE;leve;Recteur;Dérogation accordée\n");
        try {
            int exit = finish(fork(out, state, "-Djury.test.echec-ecriture=rapport-audit.html"));
            assertThat(exit).isEqualTo(1);
            Map<String, byte[]> after = outputs(out);
            previous.forEach((name, bytes) -> assertThat(after.get(name)).as(name + " kept").isEqualTo(bytes));
            assertThat(Files.readString(out.resolve("rapport-audit.html"))).isEqualTo(previousHtml);

            // the console has French messages and no stack trace; the detail is in the log under --state
            String console = console(state);
            assertThat(console).contains("Le traitement a échoué", "No space left on device");
            assertThat(console.lines()).noneMatch(l -> l.strip().startsWith("at ") || l.contains("\tat "));
            String log = Files.readString(state.resolve("logs/jury-e61.log"));
            assertThat(log).contains("No space left on device").contains("at fr.jurye61");

            // the same command, once the disk has room again, resumes that run and publishes it
            assertThat(finish(fork(out, state))).isZero();
            assertThat(console(state)).contains("Reprise de la nuit n°");
            assertThat(Files.readString(out.resolve("changements.csv"))).contains("E61-0017;NON_ADMIS;");
        } finally {
            Files.deleteIfExists(rulings);
        }
    }
}
