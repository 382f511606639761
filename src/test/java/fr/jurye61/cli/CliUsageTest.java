package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import fr.jurye61.jobs.night.Version;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The command line as a clerk meets it: French help on every command, French usage errors, nothing written on one. */
class CliUsageTest {
    private static final List<String> COMMANDS = List.of("nightly", "check-report", "verify-pack", "explain", "rules",
            "generate-sample", "help");
    /** Picocli's own English words, none of which may reach the clerk. */
    private static final List<String> ENGLISH = List.of("Usage:", "Show this help", "Print version", "Commands:",
            "Default:", "Missing required", "Unknown option", "Unmatched argument", "Invalid value", "is not an int");

    @TempDir
    Path work;

    @ParameterizedTest
    @ValueSource(strings = {"--help", "-h"})
    void everyCommandPrintsItsFrenchUsageWithExitCodesAndAnExample(String help) {
        for (String command : COMMANDS) {
            Captured run = Captured.run(command, help);
            assertThat(run.exit()).as(command).isZero();
            assertThat(run.out()).as(command).startsWith("Usage : jury-e61 " + command)
                    .contains("Affiche cette aide et quitte.", "Codes de sortie :", "Exemple :", "  jury-e61 " + command);
            assertThat(ENGLISH).as(command).noneMatch(run.out()::contains);
            assertThat(run.console()).as(command).isEmpty();
            // no word cut by the 80-column layout: every line fits, and no label carries a dot to break on
            assertThat(run.out().lines()).as(command).allMatch(l -> l.length() <= 80);
        }
    }

    @Test
    void defaultsAreShownAndTheRootListsItsCommandsInFrench() {
        assertThat(Captured.run("nightly", "--help").out()).contains("(défaut\u00a0:\u00a0var)");
        assertThat(Captured.run("explain", "--help").out()).contains("(défaut\u00a0:\u00a0var)");
        Captured root = Captured.run("--help");
        assertThat(root.exit()).isZero();
        assertThat(root.out()).contains("Usage : jury-e61 [-hV] [COMMANDE]", "Commandes :", "nightly", "help");
        assertThat(ENGLISH).noneMatch(root.out()::contains);
    }

    @Test
    void helpCommandShowsTheUsageOfTheCommandNamedOrOfTheTool() {
        Captured help = Captured.run("help", "check-report");
        assertThat(help.exit()).isZero();
        assertThat(help.out()).startsWith("Usage : jury-e61 check-report").contains("<rapport>");
        assertThat(Captured.run("help").out()).startsWith("Usage : jury-e61 [-hV] [COMMANDE]");
        Captured unknown = Captured.run("help", "nightli");
        assertThat(unknown.exit()).isEqualTo(2);
        assertThat(unknown.console()).contains("Commande inconnue : « nightli » (vouliez-vous dire nightly ?)");
    }

    @Test
    void theVersionIsTheOneTheReportsName() {
        Captured version = Captured.run("--version");
        assertThat(version.exit()).isZero();
        assertThat(version.out().strip()).isEqualTo("jury-e61 " + Version.current());
    }

    @Test
    void usageErrorsAreOneFrenchSentenceAndAPointerToTheHelp() {
        Captured typo = Captured.run("nightli");
        assertThat(typo.exit()).isEqualTo(2);
        assertThat(typo.console()).contains("vouliez-vous dire nightly ?").contains("Aide : jury-e61 --help")
                .doesNotContain("Usage");
        Captured missing = Captured.run("nightly", "--input", "x");
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.console()).contains("Option obligatoire manquante : --output <dossier>.",
                "Aide : jury-e61 nightly --help");
        Captured noValue = Captured.run("nightly", "--input");
        assertThat(noValue.console()).contains("L'option --input attend une valeur (<dossier>).");
        Captured notANumber = Captured.run("generate-sample", "--output", work.resolve("s").toString(),
                "--candidats", "abc");
        assertThat(notANumber.exit()).isEqualTo(2);
        assertThat(notANumber.console()).contains("Valeur invalide pour --candidats : « abc » n'est pas un nombre entier.");
        assertThat(Captured.run("rules", "--bogus").console()).contains("Option inconnue : --bogus.");
        assertThat(Captured.run("check-report").console()).contains("Paramètre obligatoire manquant : <rapport>.");
        Captured none = Captured.run();
        assertThat(none.exit()).isEqualTo(2);
        assertThat(none.console()).contains("Une commande est attendue.");
        assertThat(none.console().split("Usage : ", -1)).as("the usage printed once").hasSize(2);
        for (Captured c : List.of(typo, missing, noValue, notANumber, none)) {
            assertThat(ENGLISH).noneMatch(c.console()::contains);
        }
        assertThat(work.resolve("s")).doesNotExist();
    }

    @Test
    void anOutputOrStateThatIsAFileIsAConfigurationErrorAndNothingIsWritten() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path file = Files.writeString(work.resolve("un-fichier"), "x");
        Captured output = Captured.run("nightly", "--input", input.toString(), "--output", file.toString(), "--state",
                work.resolve("state").toString());
        assertThat(output.exit()).isEqualTo(2);
        assertThat(output.console()).contains("la sortie", "est un fichier, pas un dossier");
        assertThat(work.resolve("state")).doesNotExist();
        Captured state = Captured.run("nightly", "--input", input.toString(), "--output", work.resolve("out").toString(),
                "--state", file.toString());
        assertThat(state.exit()).isEqualTo(2);
        assertThat(state.console()).contains("l'état", "est un fichier, pas un dossier");
        assertThat(work.resolve("out")).doesNotExist();
        assertThat(Files.readString(file)).isEqualTo("x");
    }

    @Test
    void explainOnAFolderWithoutStateCreatesNothing() throws Exception {
        Path empty = Files.createDirectories(work.resolve("vide"));
        Captured run = Captured.run("explain", "V01", "--output", work.resolve("out").toString(), "--state",
                empty.toString());
        assertThat(run.exit()).isEqualTo(2);
        assertThat(run.console()).contains("Aucune base d'état dans");
        try (var files = Files.list(empty)) {
            assertThat(files).isEmpty();
        }
    }

    @Test
    void checkReportOnAMissingFileOrAFolderIsAUsageError() throws Exception {
        Captured missing = Captured.run("check-report", work.resolve("absent.pdf").toString());
        assertThat(missing.exit()).isEqualTo(2);
        assertThat(missing.console()).contains("Fichier introuvable");
        assertThat(missing.out()).isEmpty();
        Captured folder = Captured.run("check-report", work.toString());
        assertThat(folder.exit()).isEqualTo(2);
        assertThat(folder.console()).contains("est un dossier");
    }

    @Test
    void aNewStateIsAnnouncedAndAnOutputLastWrittenFromAnotherStateIsWarnedOf() throws Exception {
        Path input = SessionFixture.small(work.resolve("input")).root();
        Path out = work.resolve("out");
        Captured first = Captured.run("nightly", "--input", input.toString(), "--output", out.toString(), "--state",
                work.resolve("a").toString());
        assertThat(first.exit()).as(first.console()).isZero();
        assertThat(first.console()).contains("Nouvel état créé dans").doesNotContain("Attention");
        Captured again = Captured.run("nightly", "--input", input.toString(), "--output", out.toString(), "--state",
                work.resolve("a").toString(), "--nuit-complete");
        assertThat(again.console()).doesNotContain("Nouvel état", "Attention");
        Captured other = Captured.run("nightly", "--input", input.toString(), "--output", out.toString(), "--state",
                work.resolve("b").toString());
        assertThat(other.exit()).isZero();
        assertThat(other.console()).contains("Nouvel état créé dans",
                "a été écrit la dernière fois depuis un autre état", "repart de zéro");
    }
}
