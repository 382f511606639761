package fr.jurye61.io.csv;

import static fr.jurye61.io.csv.Rows.accepted;
import static fr.jurye61.io.csv.Rows.rejected;
import static fr.jurye61.io.csv.Rows.row;
import static fr.jurye61.io.csv.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.Commission;
import fr.jurye61.domain.RejectionCode;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** commissions.csv rows. */
class CommissionRowParserTest {
    @TempDir
    Path folder;

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
