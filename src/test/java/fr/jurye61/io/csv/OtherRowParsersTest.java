package fr.jurye61.io.csv;

import static fr.jurye61.io.csv.Rows.accepted;
import static fr.jurye61.io.csv.Rows.rejected;
import static fr.jurye61.io.csv.Rows.row;
import static fr.jurye61.io.csv.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.Commission;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Grid;
import fr.jurye61.domain.Origine;
import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** commissions.csv, rapports/depots.csv, grilles/grilles.csv and decisions/*.csv rows. */
class OtherRowParsersTest {
    @TempDir
    Path folder;

    @Nested
    class Commissions {
        private final CsvRow valid = row("code_commission", "C01", "libelle", "Commission 1 — Lyon",
                "date_interrogation", "2027-06-08", "lieu", "Lyon");

        @Test
        void acceptsAValidRow() {
            Commission c = accepted(new CommissionRowParser(), valid);
            assertThat(c.code()).isEqualTo("C01");
            assertThat(c.dateInterrogation()).isEqualTo(LocalDate.of(2027, 6, 8));
        }

        @Test
        void rejectsBadRows() {
            rejected(new CommissionRowParser(), with(valid, "code_commission", "C/01"), RejectionCode.IDENTIFIANT_INVALIDE);
            rejected(new CommissionRowParser(), with(valid, "libelle", ""), RejectionCode.VALEUR_MANQUANTE);
            rejected(new CommissionRowParser(), with(valid, "date_interrogation", "8 juin"), RejectionCode.DATE_INVALIDE);
        }
    }

    @Nested
    class Deposits {
        private final CsvRow valid = row("numero_candidat", "P01", "fichier", "P01/rapport.pdf",
                "depose_le", "13/05/2027 00:30", "vise_structure", "", "origine", "");

        @Test
        void readsLocalTimestampsInParisTime() {
            Deposit d = accepted(new DepositRowParser(folder), valid);
            assertThat(d.deposeLe()).isEqualTo(Instant.parse("2027-05-12T22:30:00Z"));
            assertThat(d.viseStructure()).isFalse();
            assertThat(d.origine()).isEqualTo(Origine.NOUVEAU);
        }

        @Test
        void readsIsoTimestampsWithOffset() {
            Deposit d = accepted(new DepositRowParser(folder), with(with(valid, "depose_le", "2027-05-12T18:03:00+02:00"),
                    "origine", "Session précédente"));
            assertThat(d.deposeLe()).isEqualTo(Instant.parse("2027-05-12T16:03:00Z"));
            assertThat(d.origine()).isEqualTo(Origine.SESSION_PRECEDENTE);
        }

        @Test
        void rejectsBadRows() {
            String message = rejected(new DepositRowParser(folder), with(valid, "depose_le", "demain matin"),
                    RejectionCode.HORODATAGE_INVALIDE);
            assertThat(message).contains("depose_le").contains("demain matin");
            rejected(new DepositRowParser(folder), with(valid, "fichier", ""), RejectionCode.VALEUR_MANQUANTE);
            rejected(new DepositRowParser(folder), with(valid, "fichier", "/etc/passwd"), RejectionCode.CHEMIN_INTERDIT);
            rejected(new DepositRowParser(folder), with(valid, "origine", "ancien"), RejectionCode.VALEUR_INCONNUE);
            rejected(new DepositRowParser(folder), with(valid, "vise_structure", "peut-être"), RejectionCode.BOOLEEN_INVALIDE);
        }
    }

    @Nested
    class Grids {
        private final CsvRow valid = row("numero_candidat", "P01", "fichier", "P01.pdf", "etablie_le", "");

        @Test
        void acceptsAValidRow() {
            Grid g = accepted(new GridRowParser(folder), valid);
            assertThat(g.fichier()).isEqualTo("P01.pdf");
        }

        @Test
        void rejectsBadRows() {
            rejected(new GridRowParser(folder), with(valid, "fichier", "C:\\grilles\\P01.pdf"), RejectionCode.CHEMIN_INTERDIT);
            rejected(new GridRowParser(folder), with(valid, "etablie_le", "2027-13-01"), RejectionCode.DATE_INVALIDE);
        }
    }

    @Nested
    class Rulings {
        private final CsvRow valid = row("numero_candidat", "P32", "regle", "rapport-visa-absent", "decision", "Levé",
                "auteur", "DEC", "justification", "Visa reçu", "date", "2027-05-20");

        @Test
        void acceptsAValidRow() {
            Ruling r = accepted(new RulingRowParser(), valid);
            assertThat(r.regle()).isEqualTo("RAPPORT-VISA-ABSENT");
            assertThat(r.decision()).isEqualTo(RulingDecision.LEVE);
        }

        @Test
        void rejectsBadRows() {
            rejected(new RulingRowParser(), with(valid, "decision", "annule"), RejectionCode.VALEUR_INCONNUE);
            rejected(new RulingRowParser(), with(valid, "regle", "visa absent!"), RejectionCode.VALEUR_INCONNUE);
            rejected(new RulingRowParser(), with(valid, "justification", ""), RejectionCode.VALEUR_MANQUANTE);
        }
    }
}
