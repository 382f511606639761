package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.io.db.StateDatabase;
import fr.jurye61.io.pdf.PdfFiles;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SimpleDriverDataSource;

/**
 * Real faults of a real session (issue 11): files re-exported between a crash and its resume, a
 * link swapped in late, inputs changed while the night runs, two states on one output, a kill
 * during publication, a state disk that fills up at the end. Each night runs in a forked JVM
 * that really dies where a process must die.
 */
class RealFaultsForkIT {
    private static final int KILLED = 137;

    @TempDir
    Path work;

    private static Path session(Path root, int candidates) throws IOException {
        return SessionFixture.interviewed(root, candidates);
    }

    /** Rows read, accepted and rejected per file by the state's last completed night. */
    private static Map<String, List<Integer>> reconciliation(Path state) {
        JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
                StateDatabase.url(state), "SA", ""));
        try {
            Long run = jdbc.queryForObject("SELECT MAX(JOB_INSTANCE_ID) FROM BATCH_JOB_EXECUTION WHERE STATUS = 'COMPLETED'",
                    Long.class);
            Map<String, List<Integer>> counts = new java.util.TreeMap<>();
            jdbc.query("SELECT * FROM J_FICHIER_LU WHERE RUN_ID = ?", rs -> {
                counts.put(rs.getString("FICHIER"), List.of(rs.getInt("LIGNES_LUES"), rs.getInt("LIGNES_ACCEPTEES"),
                        rs.getInt("LIGNES_REJETEES")));
            }, run);
            return counts;
        } finally {
            jdbc.execute("SHUTDOWN");
        }
    }

    /** Deposit rows the state holds for its latest run (committed chunks survive a kill). */
    private static int committedDeposits(Path state) {
        JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
                StateDatabase.url(state), "SA", ""));
        try {
            return jdbc.queryForObject("SELECT COUNT(*) FROM J_DEPOT WHERE RUN_ID = (SELECT MAX(RUN_ID) FROM J_DEPOT)",
                    Integer.class);
        } finally {
            jdbc.execute("SHUTDOWN");
        }
    }

    private static String decisionOf(Path out, String numero) throws IOException {
        return Files.readAllLines(out.resolve("decisions.csv")).stream().filter(l -> l.startsWith(numero + ";"))
                .map(l -> l.split(";")[7]).findFirst().orElse("absent");
    }

    /** Every file a reader finds under the output's links, with the night folder it really lives in. */
    private static Set<String> nightsSeen(Path out) throws IOException {
        Set<String> nights = new TreeSet<>();
        try (Stream<Path> entries = Files.list(out)) {
            for (Path entry : entries.filter(p -> !p.getFileName().toString().startsWith(".")).toList()) {
                Path real = entry.toRealPath();
                nights.add(out.resolve(".nuits").toRealPath().relativize(real).getName(0).toString());
            }
        }
        return nights;
    }

    @Test
    void aNightKilledWhileReadingThenReExportedStartsOverOnTheNewFile() throws Exception {
        // given 150 registrations and deposits (no report yet: the rows are what matters)
        StringBuilder inscriptions = new StringBuilder("numero_candidat;nom;prenom;voie;commission\n");
        StringBuilder depots = new StringBuilder("numero_candidat;fichier;depose_le\n");
        for (int i = 1; i <= 150; i++) {
            inscriptions.append("R").append(i).append(";Nom;Prénom;scolaire;C01\n");
            depots.append("R").append(i).append(";R").append(i).append(".pdf;2027-05-02T10:00:00+02:00\n");
        }
        Path input = new SessionFixture(work.resolve("input")).file("session.properties", SessionFixture.SESSION)
                .file("commissions.csv", "code_commission;libelle\nC01;Commission 1\n")
                .file("inscriptions/a.csv", inscriptions.toString()).file("rapports/depots.csv", depots.toString()).root();
        Path out = work.resolve("out");
        Path state = work.resolve("state");

        // when the night dies once the first 100 deposits are committed
        assertThat(ForkedNight.run(input, out, state, "-Djury.test.arret=morceau:ingestion-depots:1")).isEqualTo(KILLED);
        assertThat(committedDeposits(state)).as("the first chunk of deposits was committed").isEqualTo(100);
        // and the platform re-exports the file before the resume, five late deposits on top
        StringBuilder reExported = new StringBuilder("numero_candidat;fichier;depose_le\n");
        for (int i = 1; i <= 5; i++) {
            reExported.append("R").append(i).append(";R").append(i).append("-v2.pdf;2027-05-03T10:00:00+02:00\n");
        }
        Files.writeString(input.resolve("rapports/depots.csv"), reExported + depots.substring(depots.indexOf("\n") + 1));
        int exit = ForkedNight.run(input, out, state);

        // then the night starts over on the file as it is now: all 155 rows read, none skipped
        assertThat(exit).as(ForkedNight.console(state)).isZero();
        assertThat(ForkedNight.lastConsole(state)).contains("ne reprend pas", "rapports/depots.csv (modifié)");
        assertThat(reconciliation(state).get("rapports/depots.csv")).containsExactly(155, 155, 0);

        // and a night killed the same way on inputs left as they were is resumed, rows counted once
        Path out2 = work.resolve("out2");
        Path state2 = work.resolve("state2");
        assertThat(ForkedNight.run(input, out2, state2, "-Djury.test.arret=morceau:ingestion-depots:1"))
                .isEqualTo(KILLED);
        assertThat(ForkedNight.run(input, out2, state2)).isZero();
        assertThat(ForkedNight.lastConsole(state2)).contains("Reprise de la nuit n°").doesNotContain("ne reprend pas");
        assertThat(reconciliation(state2).get("rapports/depots.csv")).containsExactly(155, 155, 0);
    }

    @Test
    void aReportSwappedForALinkBeforeTheResumeNeverEntersAPack(@TempDir Path elsewhere) throws Exception {
        Path input = session(work.resolve("input"), 2);
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        Path secret = new SessionFixture(elsewhere).report("autre-session.pdf", "Z99").root().resolve("autre-session.pdf");
        String secretSha = PdfFiles.sha256(secret);

        // the night dies after the evaluation; before the resume, a report is swapped for a link leading out
        assertThat(ForkedNight.run(input, out, state, "-Djury.test.arret=apres:evaluation")).isEqualTo(KILLED);
        Files.delete(input.resolve("rapports/A01.pdf"));
        Files.createSymbolicLink(input.resolve("rapports/A01.pdf"), secret);
        int exit = ForkedNight.run(input, out, state);

        // the night starts over; the link is refused where it is named, and the file outside is in no pack
        assertThat(exit).as(ForkedNight.console(state)).isZero();
        assertThat(ForkedNight.lastConsole(state)).contains("rapports/A01.pdf (modifié)");
        assertThat(Files.readString(out.resolve("rejets.csv"))).contains("rapports/depots.csv;2;CHEMIN_INTERDIT");
        assertThat(decisionOf(out, "A01")).isNotEqualTo("INTERROGE");
        assertThat(decisionOf(out, "A02")).isEqualTo("INTERROGE");
        try (Stream<Path> files = Files.walk(out.resolve("dossiers").toRealPath())) {
            for (Path f : files.filter(Files::isRegularFile).toList()) {
                assertThat(PdfFiles.sha256(f)).as(f.toString()).isNotEqualTo(secretSha);
            }
        }
        assertThat(out.resolve("dossiers/C01/candidats/A01")).doesNotExist();
    }

    @Test
    void inputsChangedWhileTheNightRunsChangeNothingInIt() throws Exception {
        Path input = session(work.resolve("input"), 2);
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        Path go = work.resolve("reprendre");

        // the night pauses right after freezing its inputs
        Process night = ForkedNight.startPaused(input, out, state, "apres:instantane", go);
        // meanwhile a deposit is appended to the manifest and a report withdrawn
        Files.writeString(input.resolve("rapports/depots.csv"), "A02;A02-bis.pdf;2027-05-03T10:00:00+02:00;oui\n",
                StandardOpenOption.APPEND);
        Files.delete(input.resolve("rapports/A01.pdf"));
        Files.writeString(go, "");

        // the night completes on the inputs it froze: counts reconcile, the withdrawn report is in its pack
        assertThat(ForkedNight.finish(night)).as(ForkedNight.console(state)).isZero();
        assertThat(reconciliation(state).get("rapports/depots.csv")).containsExactly(2, 2, 0);
        assertThat(decisionOf(out, "A01")).isEqualTo("INTERROGE");
        assertThat(out.resolve("dossiers/C01/candidats/A01/rapport.pdf")).isRegularFile();

        // the next night reads the folder as it is now
        assertThat(ForkedNight.run(input, out, state)).isZero();
        assertThat(reconciliation(state).get("rapports/depots.csv")).containsExactly(3, 3, 0);
        assertThat(decisionOf(out, "A01")).isNotEqualTo("INTERROGE");
    }

    @Test
    void twoRunsWithDifferentStatesOnOneOutputAreNeverBothWriting() throws Exception {
        Path input = session(work.resolve("input"), 3);
        Path out = work.resolve("out");
        Path stateA = work.resolve("stateA");
        Path stateB = work.resolve("stateB");
        Path go = work.resolve("reprendre");

        // night A holds the output folder (paused while it runs)
        Process nightA = ForkedNight.startPaused(input, out, stateA, "apres:evaluation", go);
        try (FileChannel channel = FileChannel.open(out.resolve(".jury-e61.verrou"), StandardOpenOption.WRITE);
                FileLock lock = channel.tryLock()) {
            assertThat(lock).as("night A holds the output folder's lock").isNull();
        }

        // night B, with its own state, on the same output: refused at once
        Captured nightB = Captured.run("nightly", "--input", input.toString(), "--output", out.toString(), "--state",
                stateB.toString());
        assertThat(nightB.exit()).isEqualTo(3);
        assertThat(nightB.console()).contains("Une autre exécution écrit déjà dans le dossier de sortie");

        // A completes whole; B, run afterwards, replaces it whole: one night is seen, never a mix
        Files.writeString(go, "");
        assertThat(ForkedNight.finish(nightA)).isZero();
        assertThat(nightsSeen(out)).hasSize(1);
        assertThat(ForkedNight.run(input, out, stateB)).isZero();
        assertThat(nightsSeen(out)).hasSize(1);
        assertThat(decisionOf(out, "A03")).isEqualTo("INTERROGE");
        assertThat(JuryE61.execute("verify-pack", out.resolve("dossiers/C01").toString())).isZero();
    }

    @Test
    void aKillDuringPublicationLeavesOneNightWholeBeforeOrAfterIt() throws Exception {
        Path input = session(work.resolve("input"), 2);
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        assertThat(ForkedNight.run(input, out, state)).isZero();
        byte[] night1 = Files.readAllBytes(out.resolve("decisions.csv"));
        Set<String> first = nightsSeen(out);

        // a late deposit without its visa changes A02's decision
        Files.writeString(input.resolve("rapports/depots.csv"), "A02;A02.pdf;2027-05-03T10:00:00+02:00;non\n",
                StandardOpenOption.APPEND);

        // killed as publication begins: the previous night, whole
        assertThat(ForkedNight.run(input, out, state, "-Djury.test.arret=avant:publication")).isEqualTo(KILLED);
        assertThat(nightsSeen(out)).isEqualTo(first);
        assertThat(Files.readAllBytes(out.resolve("decisions.csv"))).isEqualTo(night1);

        // killed once the pointer is swapped but before the end is recorded: the new night, whole
        assertThat(ForkedNight.run(input, out, state, "-Djury.test.arret=apres:publication")).isEqualTo(KILLED);
        assertThat(nightsSeen(out)).hasSize(1).isNotEqualTo(first);
        assertThat(decisionOf(out, "A02")).isEqualTo("EN_ATTENTE");
        assertThat(JuryE61.execute("verify-pack", out.resolve("dossiers/C01").toString())).isZero();

        // and the same command then finishes that night
        assertThat(ForkedNight.run(input, out, state)).isZero();
        assertThat(ForkedNight.lastConsole(state)).contains("Reprise de la nuit n°");
        assertThat(decisionOf(out, "A02")).isEqualTo("EN_ATTENTE");
    }

    @Test
    void aStateThatCannotRecordTheEndOfANightExits1AndTheNextNightTakesTheLateRuling() throws Exception {
        Path input = session(work.resolve("input"), 2);
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        Files.writeString(input.resolve("rapports/depots.csv"), "A02;A02.pdf;2027-05-03T10:00:00+02:00;non\n",
                StandardOpenOption.APPEND);

        // the state's disk fills up at the end: every write after the audit step is lost
        int exit = ForkedNight.run(input, out, state, "-Djury.test.etat-perdu-apres=audit");
        assertThat(exit).isEqualTo(1);
        assertThat(ForkedNight.lastConsole(state)).contains("sa fin n'a pas pu être enregistrée", "disque plein");
        assertThat(decisionOf(out, "A02")).isEqualTo("EN_ATTENTE");

        // a ruling arrives: the next night must not resume the unrecorded one, but take the ruling
        new SessionFixture(input).file("decisions/service.csv", "numero_candidat;regle;decision;auteur;justification\n"
                + "A02;RAPPORT-VISA-ABSENT;leve;Service des examens;Visa reçu par courrier\n");
        assertThat(ForkedNight.run(input, out, state)).isZero();
        assertThat(ForkedNight.lastConsole(state)).contains("ne reprend pas", "decisions/service.csv (ajouté)");
        assertThat(decisionOf(out, "A02")).isEqualTo("INTERROGE");
    }

    @Test
    void aNightUnderCronsLocaleOrATurkishOneDecidesAsUnderUtf8() throws Exception {
        // given a report named with accents, and a ruling confirming a finding
        Path input = session(work.resolve("input"), 2);
        Files.move(input.resolve("rapports/A01.pdf"), input.resolve("rapports/rapport-été.pdf"));
        Path depots = input.resolve("rapports/depots.csv");
        Files.writeString(depots, Files.readString(depots).replace("A01;A01.pdf;", "A01;rapport-été.pdf;")
                + "A02;A02.pdf;2027-05-03T10:00:00+02:00;non\n");
        new SessionFixture(input).file("decisions/service.csv", "numero_candidat;regle;decision;auteur;justification\n"
                + "A02;RAPPORT-VISA-ABSENT;confirme;Service des examens;Visa toujours absent\n");

        // when one night runs as cron starts it (LANG=C, no LC_ALL) with a Turkish default locale,
        // and another under a UTF-8 locale
        Path outC = work.resolve("out-c");
        Path stateC = work.resolve("state-c");
        int exit = ForkedNight.finish(ForkedNight.start(Map.of("LANG", "C", "LC_ALL", "", "LC_CTYPE", ""), input, outC,
                stateC, "-Duser.language=tr", "-Duser.country=TR"));
        Path outUtf8 = work.resolve("out-utf8");
        assertThat(ForkedNight.finish(ForkedNight.start(Map.of("LC_ALL", "C.UTF-8"), input, outUtf8,
                work.resolve("state-utf8")))).isZero();

        // then the decisions are the same: the report is found, « confirme » is spelt as it is
        assertThat(exit).as(ForkedNight.console(stateC)).isZero();
        assertThat(decisionOf(outC, "A01")).isEqualTo("INTERROGE");
        assertThat(outC.resolve("dossiers/C01/candidats/A01/rapport.pdf")).isRegularFile();
        for (String file : List.of("decisions.csv", "constats.csv", "rejets.csv", "notices/president-jury.csv")) {
            assertThat(Files.readAllBytes(outC.resolve(file))).as(file).isEqualTo(Files.readAllBytes(outUtf8.resolve(file)));
        }
        String sarif = Files.readString(outC.resolve("constats.sarif"));
        assertThat(sarif).contains("\"confirme\"").doesNotContain("confırme");
        // and the clerk's console under LANG=C is French with its accents (UTF-8, read as such), not « ? »
        assertThat(ForkedNight.lastConsole(stateC)).contains("Évaluation des candidats", "Nuit n° 0 terminée")
                .doesNotContain("?valuation");
    }

    @Test
    void aMillionRowsOrHundredsOfThousandsOfColumnsAreRefusedWithinTheHeap() throws Exception {
        // given a deposit export of a million rows (about 60 MB, under the size limit) and a ruling
        // file whose header has 400 000 columns
        Path input = session(work.resolve("input"), 1);
        try (var out = new java.io.BufferedWriter(Files.newBufferedWriter(input.resolve("rapports/depots.csv")))) {
            out.write("numero_candidat;fichier;depose_le;vise_structure\n");
            for (int i = 0; i < 1_000_000; i++) {
                out.write("A01;A01-rapport-final.pdf;2027-05-02T10:00:00+02:00;oui\n");
            }
        }
        assertThat(Files.size(input.resolve("rapports/depots.csv"))).isBetween(50L << 20, 64L << 20);
        StringBuilder header = new StringBuilder("numero_candidat;regle;decision;auteur;justification");
        for (int i = 0; i < 400_000; i++) {
            header.append(";c").append(i);
        }
        new SessionFixture(input).file("decisions/colonnes.csv", header + "\nA01;X;leve;Y;Z\n");

        // when the night runs with the launcher's heap
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        int exit = ForkedNight.run(input, out, state, "-Xmx768m");

        // then both files are refused whole, clearly, and the night completes
        assertThat(exit).as(ForkedNight.console(state)).isZero();
        assertThat(ForkedNight.console(state)).doesNotContain("OutOfMemoryError");
        String rejets = Files.readString(out.resolve("rejets.csv"));
        assertThat(rejets).contains("rapports/depots.csv;;FICHIER_TROP_VOLUMINEUX", "Plus de 100000 lignes",
                "decisions/colonnes.csv;;FICHIER_TROP_VOLUMINEUX", "400005 colonnes");
        assertThat(reconciliation(state).get("rapports/depots.csv")).containsExactly(1_000_000, 0, 1_000_000);
    }
}
