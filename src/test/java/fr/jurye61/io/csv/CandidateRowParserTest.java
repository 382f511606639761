package fr.jurye61.io.csv;

import static fr.jurye61.io.csv.Rows.accepted;
import static fr.jurye61.io.csv.Rows.rejected;
import static fr.jurye61.io.csv.Rows.row;
import static fr.jurye61.io.csv.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.domain.Voie;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** inscriptions/*.csv rows: every rejection code a registration can get. */
class CandidateRowParserTest {
    private final CandidateRowParser parser = new CandidateRowParser();
    private final CsvRow valid = row("numero_candidat", "P01", "nom", "Lefèvre", "prenom", "Évelyne",
            "date_naissance", "14/03/2005", "voie", "scolaire", "statut_fc", "", "voie_distance", "",
            "redoublant", "non", "contrat_particulier", "", "academie", "Lyon", "etablissement", "", "commission", "C01");

    @Test
    void acceptsAValidRowWithDefaults() {
        Candidate c = accepted(parser, valid);
        assertThat(c.numero()).isEqualTo("P01");
        assertThat(c.nom()).isEqualTo("Lefèvre");
        assertThat(c.dateNaissance()).isEqualTo(LocalDate.of(2005, 3, 14));
        assertThat(c.voie()).isEqualTo(Voie.SCOLAIRE);
        assertThat(c.redoublant()).isFalse();
        assertThat(c.contratParticulier()).isFalse();
        assertThat(c.source().ligne()).isEqualTo(7);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Formation continue", "formation-continue", "FORMATION_CONTINUE", " formation continue "})
    void readsEnumerationsTolerantly(String written) {
        Candidate c = accepted(parser, with(with(valid, "voie", written), "statut_fc", "Perfectionnement"));
        assertThat(c.voie()).isEqualTo(Voie.FORMATION_CONTINUE);
        assertThat(c.statutFc()).isEqualTo(StatutFc.PERFECTIONNEMENT);
    }

    @Test
    void distanceCandidateFollowsTheDeclaredPath() {
        Candidate c = accepted(parser, with(with(valid, "voie", "distance"), "voie_distance", "apprentissage"));
        assertThat(c.voieEffective()).isEqualTo(Voie.APPRENTISSAGE);
    }

    @Test
    void rejectsAHostileCandidateNumber() {
        String message = rejected(parser, with(valid, "numero_candidat", "../../etc"), RejectionCode.IDENTIFIANT_INVALIDE);
        assertThat(message).contains("numero_candidat").contains("../../etc");
    }

    @ParameterizedTest
    @ValueSource(strings = {"P 01", "/etc", "ABCDEFGHIJKLMNOPQRSTU", "P01;x", "Pé1"})
    void rejectsNumbersOutsideTheCharset(String numero) {
        rejected(parser, with(valid, "numero_candidat", numero), RejectionCode.IDENTIFIANT_INVALIDE);
    }

    @Test
    void rejectsAnUnknownPath() {
        String message = rejected(parser, with(valid, "voie", "stagiaire"), RejectionCode.VALEUR_INCONNUE);
        assertThat(message).contains("voie").contains("stagiaire").contains("scolaire");
    }

    @Test
    void rejectsAnEmptyRequiredValue() {
        String message = rejected(parser, with(valid, "nom", "  "), RejectionCode.VALEUR_MANQUANTE);
        assertThat(message).contains("« nom »");
    }

    @Test
    void rejectsContinuingEducationWithoutStatus() {
        String message = rejected(parser, with(valid, "voie", "formation_continue"), RejectionCode.VALEUR_MANQUANTE);
        assertThat(message).contains("statut_fc");
    }

    @Test
    void rejectsDistanceWithoutEffectivePath() {
        rejected(parser, with(valid, "voie", "distance"), RejectionCode.VALEUR_MANQUANTE);
    }

    @Test
    void rejectsDistanceAsItsOwnEffectivePath() {
        rejected(parser, with(with(valid, "voie", "distance"), "voie_distance", "distance"), RejectionCode.VALEUR_INCONNUE);
    }

    @Test
    void rejectsABadDate() {
        String message = rejected(parser, with(valid, "date_naissance", "31/02/2005"), RejectionCode.DATE_INVALIDE);
        assertThat(message).contains("date_naissance").contains("31/02/2005");
    }

    @Test
    void rejectsABadBoolean() {
        rejected(parser, with(valid, "redoublant", "peut-être"), RejectionCode.BOOLEEN_INVALIDE);
    }

    @Test
    void rejectsABadCommissionCode() {
        rejected(parser, with(valid, "commission", "C 01"), RejectionCode.IDENTIFIANT_INVALIDE);
    }

    @Test
    void rejectsAnOverlongValue() {
        rejected(parser, with(valid, "etablissement", "x".repeat(1001)), RejectionCode.VALEUR_TROP_LONGUE);
    }

    @Test
    void rejectsUndecodableBytes() {
        CsvRow row = new CsvRow("fixture.csv", 7, new LinkedHashMap<>(valid.values()), true, 0);
        rejected(parser, row, RejectionCode.ENCODAGE_INVALIDE);
    }

    @Test
    void rejectsValuesBeyondTheHeader() {
        CsvRow row = new CsvRow("fixture.csv", 7, new LinkedHashMap<>(valid.values()), false, 2);
        rejected(parser, row, RejectionCode.COLONNES_EN_TROP);
    }
}
