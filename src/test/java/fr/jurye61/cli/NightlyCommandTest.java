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


    private static Captured nightlyCaptured(Path input, Path output, Path state) {
        return Captured.run("nightly", "--input", input.toString(), "--output", output.toString(), "--state",
                state.toString());
    }

    @Test
    void theOutputOrTheStateInsideTheInputIsRefusedEvenThroughALink() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path link = Files.createSymbolicLink(work.resolve("lien-sortie"), Files.createDirectories(input.resolve("sorties")));
        long before;
        try (var walk = Files.walk(input)) {
            before = walk.count();
        }
        // the output given as a link whose target is in the input folder
        Captured viaLink = nightlyCaptured(input, link, work.resolve("state"));
        assertThat(viaLink.exit()).isEqualTo(2);
        assertThat(viaLink.console()).contains("ne doit ni contenir le dossier d'entrée ni se trouver dedans");
        // the state inside the input, the state inside the output
        assertThat(nightly(input, work.resolve("out"), input.resolve("var"))).isEqualTo(2);
        assertThat(nightly(input, work.resolve("out"), work.resolve("out/var"))).isEqualTo(2);
        assertThat(nightly(input, work.resolve("var/out"), work.resolve("var"))).isEqualTo(2);
        try (var walk = Files.walk(input)) {
            assertThat(walk.count()).as("nothing written in the input").isEqualTo(before);
        }
    }

    @Test
    void aDamagedStateSaysWhatIsWrongAndHowToRecoverWith2() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path state = work.resolve("state");
        assertThat(nightly(input, work.resolve("out"), state)).isZero();
        // the database script cut short, as a full disk or a crash leaves it
        Path script = state.resolve("jury-e61.script");
        byte[] bytes = Files.readAllBytes(script);
        Files.write(script, java.util.Arrays.copyOf(bytes, 300));

        Captured run = nightlyCaptured(input, work.resolve("out"), state);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.console()).contains("base d'état", "endommagée", "restaurer la dernière sauvegarde",
                "commencer un état neuf").doesNotContain("relancer la même commande", "Erreur inattendue");
        assertThat(run.console().lines()).noneMatch(l -> l.strip().startsWith("at ") || l.contains("Exception encountered"));
        assertThat(work.resolve("out/decisions.csv")).exists();
    }

    @Test
    void aRequiredFileRejectedWholeStopsTheNightBeforePublishingAndKeepsLastNight() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path out = work.resolve("out");
        Path state = work.resolve("state");
        assertThat(nightly(input, out, state)).isZero();
        byte[] decisions = Files.readAllBytes(out.resolve("decisions.csv"));
        assertThat(out.resolve("dossiers/C01")).isDirectory();

        // one typo in the header of commissions.csv
        String commissions = Files.readString(input.resolve("commissions.csv"));
        Files.writeString(input.resolve("commissions.csv"), commissions.replaceFirst("libelle", "libele"));
        Captured run = nightlyCaptured(input, out, state);

        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.console()).contains("commissions.csv est rejeté en entier", "libelle",
                "les résultats de la nuit précédente restent en place");
        assertThat(Files.readAllBytes(out.resolve("decisions.csv"))).isEqualTo(decisions);
        assertThat(out.resolve("dossiers/C01")).isDirectory();

        // the same command, the file unchanged: the same refusal; once corrected, a new night
        assertThat(nightly(input, out, state)).isEqualTo(2);
        Files.writeString(input.resolve("commissions.csv"), commissions);
        Captured fixed = nightlyCaptured(input, out, state);
        assertThat(fixed.exit()).isZero();
        assertThat(fixed.console()).contains("ne reprend pas", "commissions.csv (modifié)");
    }

    @Test
    void aRegistrationFileWhoseRowsAreAllRejectedStopsTheNightToo() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Files.writeString(input.resolve("inscriptions/c.csv"),
                "numero_candidat;nom;prenom;voie;commission\nP 90;A;A;scolaire;C01\nP/91;B;B;scolaire;C01\n");
        Captured run = nightlyCaptured(input, work.resolve("out"), work.resolve("state"));
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.console()).contains("inscriptions/c.csv : aucune de ses 2 ligne(s) n'a pu être acceptée");
        assertThat(work.resolve("out/decisions.csv")).doesNotExist();
    }

    @Test
    void aPackPublishedByAnotherStateIsNeverTakenOverAsOnesOwn() throws Exception {
        // given state A's night on inputs X, then state B's night on inputs Y, on the same output
        Path inputX = SessionFixture.interviewed(work.resolve("x"), 1);
        Path inputY = SessionFixture.interviewed(work.resolve("y"), 1);
        new SessionFixture(inputY).report("rapports/A01.pdf", "Y01");
        Path out = work.resolve("out");
        Path report = out.resolve("dossiers/C01/candidats/A01/rapport.pdf");
        assertThat(nightly(inputX, out, work.resolve("stateA"))).isZero();
        byte[] fromX = Files.readAllBytes(report);
        assertThat(nightly(inputY, out, work.resolve("stateB"))).isZero();
        assertThat(Files.readAllBytes(report)).isNotEqualTo(fromX);

        // when A runs again on X, then the pack is A's own again, not B's kept as it stands
        assertThat(nightly(inputX, out, work.resolve("stateA"))).isZero();
        assertThat(Files.readAllBytes(report)).isEqualTo(fromX);
    }
}
