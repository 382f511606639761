package fr.jurye61.io.csv;

import static fr.jurye61.io.csv.Rows.accepted;
import static fr.jurye61.io.csv.Rows.rejected;
import static fr.jurye61.io.csv.Rows.row;
import static fr.jurye61.io.csv.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.RejectionCode;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** pieces/pieces.csv rows. */
class PieceRowParserTest {
    /** An input folder holding no document: the paths are checked as text. */
    private static final fr.jurye61.io.input.InputSnapshot NO_FILES = new fr.jurye61.io.input.InputSnapshot(null, java.util.List.of());

    private CsvRow valid() {
        return row("numero_candidat", "P01", "type", "attestation_stage", "emetteur", "Labo", "emetteur_type",
                "structure_accueil", "date_debut", "2026-05-04", "date_fin", "24/07/2026", "quotite", "",
                "domaine_metrologie", "", "reference", "CONV-1", "fichier", "scans/P01.pdf");
    }

    @Test
    void acceptsACertificateWithBothDateForms() {
        Piece p = accepted(new PieceRowParser(NO_FILES), valid());
        assertThat(p.type()).isEqualTo(PieceType.ATTESTATION_STAGE);
        assertThat(p.emetteurType()).isEqualTo(EmetteurType.STRUCTURE_ACCUEIL);
        assertThat(p.dateDebut()).isEqualTo(LocalDate.of(2026, 5, 4));
        assertThat(p.dateFin()).isEqualTo(LocalDate.of(2026, 7, 24));
        assertThat(p.quotite()).isEqualTo(100);
        assertThat(p.domaineMetrologie()).isTrue();
        assertThat(p.fichier()).isEqualTo("scans/P01.pdf");
    }

    @Test
    void acceptsARectorDecisionWithoutPeriod() {
        Piece p = accepted(new PieceRowParser(NO_FILES), with(with(with(with(valid(), "type", "decision_reduction"),
                "emetteur_type", "recteur"), "date_debut", ""), "date_fin", ""));
        assertThat(p.dateDebut()).isNull();
    }

    @Test
    void readsWorkingTimeAndDomain() {
        Piece p = accepted(new PieceRowParser(NO_FILES), with(with(with(valid(), "type", "certificat_travail"),
                "quotite", "50 %"), "domaine_metrologie", "NON"));
        assertThat(p.quotite()).isEqualTo(50);
        assertThat(p.domaineMetrologie()).isFalse();
    }

    @Test
    void rejectsReversedDates() {
        String message = rejected(new PieceRowParser(NO_FILES), with(with(valid(), "date_debut", "2026-07-24"),
                "date_fin", "2026-05-04"), RejectionCode.PERIODE_INVERSEE);
        assertThat(message).contains("date_fin").contains("2026-05-04").contains("2026-07-24");
    }

    @Test
    void rejectsAStageWithoutPeriod() {
        rejected(new PieceRowParser(NO_FILES), with(valid(), "date_fin", ""), RejectionCode.VALEUR_MANQUANTE);
    }

    @Test
    void rejectsWorkingTimeOutOfRange() {
        rejected(new PieceRowParser(NO_FILES), with(valid(), "quotite", "0"), RejectionCode.QUOTITE_INVALIDE);
        rejected(new PieceRowParser(NO_FILES), with(valid(), "quotite", "101"), RejectionCode.QUOTITE_INVALIDE);
        rejected(new PieceRowParser(NO_FILES), with(valid(), "quotite", "mi-temps"), RejectionCode.QUOTITE_INVALIDE);
    }

    @Test
    void rejectsAnUnknownTypeAndIssuer() {
        rejected(new PieceRowParser(NO_FILES), with(valid(), "type", "bulletin"), RejectionCode.VALEUR_INCONNUE);
        rejected(new PieceRowParser(NO_FILES), with(valid(), "emetteur_type", "ministre"), RejectionCode.VALEUR_INCONNUE);
    }

    @Test
    void rejectsAPathLeavingTheFolder() {
        rejected(new PieceRowParser(NO_FILES), with(valid(), "fichier", "../../../etc/passwd"), RejectionCode.CHEMIN_INTERDIT);
    }
}
