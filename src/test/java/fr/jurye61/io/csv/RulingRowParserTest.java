package fr.jurye61.io.csv;

import static fr.jurye61.io.csv.Rows.accepted;
import static fr.jurye61.io.csv.Rows.rejected;
import static fr.jurye61.io.csv.Rows.row;
import static fr.jurye61.io.csv.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** decisions/*.csv rows (rulings of the exam service). */
class RulingRowParserTest {
    @TempDir
    Path folder;

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
