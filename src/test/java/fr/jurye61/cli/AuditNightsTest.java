package fr.jurye61.cli;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.SessionFixture;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** A ruling added between two nights shows up in changements.csv, the audit report and explain. */
class AuditNightsTest {
    @TempDir
    Path work;

    private String explain(String numero, Path out, Path state) {
        StringWriter text = new StringWriter();
        CommandLine cli = new CommandLine(new JuryE61());
        cli.setOut(new PrintWriter(text));
        assertThat(cli.execute("explain", numero, "--output", out.toString(), "--state", state.toString())).isZero();
        return text.toString();
    }

    @Test
    void aNewRulingShowsUpTheNextNight() throws Exception {
        Path input = new SessionFixture(work.resolve("input"))
                .file("session.properties", SessionFixture.SESSION)
                .file("commissions.csv", "code_commission;libelle\nC01;Commission 1\n")
                .file("inscriptions/a.csv", "numero_candidat;nom;prenom;voie;commission\nA01;Martin;Lucas;scolaire;C01\n")
                .file("pieces/pieces.csv", "numero_candidat;type;emetteur;emetteur_type;date_debut;date_fin;reference\n"
                        + "A01;attestation_stage;L;structure_accueil;2026-05-04;2026-07-24;C1\n")
                .file("rapports/depots.csv", "numero_candidat;fichier;depose_le;vise_structure\n"
                        + "A01;A01.pdf;2027-05-02T10:00:00+02:00;non\n")
                .report("rapports/A01.pdf", "A01")
                .file("grilles/grilles.csv", "numero_candidat;fichier\nA01;A01.pdf\n")
                .pdf("grilles/A01.pdf", "Grille A01").root();
        Path out = work.resolve("out");
        Path state = work.resolve("state");

        // night 1: the visa is missing, the candidate waits
        assertThat(JuryE61.execute("nightly", "--input", input.toString(), "--output", out.toString(), "--state",
                state.toString())).isZero();
        assertThat(Files.readString(out.resolve("changements.csv"))).contains("A01;;EN_ATTENTE;RAPPORT-VISA-ABSENT;");
        assertThat(explain("A01", out, state)).contains("RAPPORT-VISA-ABSENT (§2.1.3) — constat", "[A_VERIFIER, ouvert]");

        // the exam service rules: the visa arrived by post
        new SessionFixture(input).file("decisions/service.csv", "numero_candidat;regle;decision;auteur;justification\n"
                + "A01;RAPPORT-VISA-ABSENT;leve;Service des examens — DEC;Visa reçu par courrier le 14/05\n");

        // night 2
        assertThat(JuryE61.execute("nightly", "--input", input.toString(), "--output", out.toString(), "--state",
                state.toString())).isZero();
        assertThat(Files.readString(out.resolve("changements.csv"), StandardCharsets.UTF_8)).isEqualTo(
                "\uFEFFnumero_candidat;decision_avant;decision_apres;constats_ajoutes;constats_retires\r\n"
                        + "A01;EN_ATTENTE;INTERROGE;;RAPPORT-VISA-ABSENT\r\n");
        String html = Files.readString(out.resolve("rapport-audit.html"));
        assertThat(html).contains("Visa reçu par courrier le 14/05", "Service des examens — DEC",
                "Comparaison avec l'exécution n°");
        assertThat(explain("A01", out, state)).contains("décision : INTERROGE", "[A_VERIFIER, leve]",
                "Décision du service : levé par Service des examens — DEC — Visa reçu par courrier le 14/05",
                // the documents the evaluation retained, which the pack was built from
                "Rapport retenu : rapports/A01.pdf (lisible, SHA-256 ", "Grille retenue : grilles/A01.pdf (lisible, SHA-256 ");
        assertThat(out.resolve("dossiers/C01/candidats/A01/rapport.pdf")).exists();

        // night 3: a ruling on a rule that did not fire for A01, and one for a candidate whose number contains A01's
        new SessionFixture(input).file("decisions/service.csv", "numero_candidat;regle;decision;auteur;justification\n"
                + "A01;RAPPORT-VISA-ABSENT;leve;Service des examens — DEC;Visa reçu par courrier le 14/05\n"
                + "A01;RAPPORT-QSSE;leve;Service des examens — DEC;Exemple vu en annexe\n"
                + "XA01;RAPPORT-QSSE;leve;Service des examens — DEC;Autre candidat\n");
        assertThat(JuryE61.execute("nightly", "--input", input.toString(), "--output", out.toString(), "--state",
                state.toString())).isZero();
        // then explain lists A01's unmatched ruling, found by its candidate and rule columns, and only A01's
        String third = explain("A01", out, state);
        assertThat(third).contains("Décisions du service sans constat correspondant (sans effet)",
                "decisions/service.csv, ligne 3", "sur RAPPORT-QSSE pour A01").doesNotContain("XA01", "ligne 4");
    }

    @Test
    void explainNeedsAState() {
        assertThat(JuryE61.execute("explain", "A01", "--output", work.resolve("out").toString(), "--state",
                work.resolve("absent").toString())).isEqualTo(2);
    }
}
