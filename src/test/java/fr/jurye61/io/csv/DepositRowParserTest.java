package fr.jurye61.io.csv;

import static fr.jurye61.io.csv.Rows.accepted;
import static fr.jurye61.io.csv.Rows.rejected;
import static fr.jurye61.io.csv.Rows.row;
import static fr.jurye61.io.csv.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Origine;
import fr.jurye61.domain.RejectionCode;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** rapports/depots.csv rows. */
class DepositRowParserTest {
    /** An input folder holding no document: the paths are checked as text. */
    private static final fr.jurye61.io.input.InputSnapshot NO_FILES = new fr.jurye61.io.input.InputSnapshot(null, java.util.List.of());

    private final CsvRow valid = row("numero_candidat", "P01", "fichier", "P01/rapport.pdf",
            "depose_le", "13/05/2027 00:30", "vise_structure", "", "origine", "");

    @Test
    void readsLocalTimestampsInParisTime() {
        Deposit d = accepted(new DepositRowParser(NO_FILES), valid);
        assertThat(d.deposeLe()).isEqualTo(Instant.parse("2027-05-12T22:30:00Z"));
        assertThat(d.viseStructure()).isFalse();
        assertThat(d.origine()).isEqualTo(Origine.NOUVEAU);
    }

    @Test
    void readsIsoTimestampsWithOffset() {
        Deposit d = accepted(new DepositRowParser(NO_FILES), with(with(valid, "depose_le", "2027-05-12T18:03:00+02:00"),
                "origine", "Session précédente"));
        assertThat(d.deposeLe()).isEqualTo(Instant.parse("2027-05-12T16:03:00Z"));
        assertThat(d.origine()).isEqualTo(Origine.SESSION_PRECEDENTE);
    }

    @Test
    void rejectsBadRows() {
        String message = rejected(new DepositRowParser(NO_FILES), with(valid, "depose_le", "demain matin"),
                RejectionCode.HORODATAGE_INVALIDE);
        assertThat(message).contains("depose_le").contains("demain matin");
        rejected(new DepositRowParser(NO_FILES), with(valid, "fichier", ""), RejectionCode.VALEUR_MANQUANTE);
        rejected(new DepositRowParser(NO_FILES), with(valid, "fichier", "/etc/passwd"), RejectionCode.CHEMIN_INTERDIT);
        rejected(new DepositRowParser(NO_FILES), with(valid, "origine", "ancien"), RejectionCode.VALEUR_INCONNUE);
        rejected(new DepositRowParser(NO_FILES), with(valid, "vise_structure", "peut-être"), RejectionCode.BOOLEEN_INVALIDE);
    }
}
