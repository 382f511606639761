package fr.jurye61.io.csv;

import static fr.jurye61.io.csv.Rows.accepted;
import static fr.jurye61.io.csv.Rows.rejected;
import static fr.jurye61.io.csv.Rows.row;
import static fr.jurye61.io.csv.Rows.with;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.Grid;
import fr.jurye61.domain.RejectionCode;
import org.junit.jupiter.api.Test;

/** grilles/grilles.csv rows. */
class GridRowParserTest {
    /** An input folder holding no document: the paths are checked as text. */
    private static final fr.jurye61.io.input.InputSnapshot NO_FILES = new fr.jurye61.io.input.InputSnapshot(null, java.util.List.of());

    private final CsvRow valid = row("numero_candidat", "P01", "fichier", "P01.pdf", "etablie_le", "");

    @Test
    void acceptsAValidRow() {
        Grid g = accepted(new GridRowParser(NO_FILES), valid);
        assertThat(g.fichier()).isEqualTo("P01.pdf");
    }

    @Test
    void rejectsBadRows() {
        rejected(new GridRowParser(NO_FILES), with(valid, "fichier", "C:\\grilles\\P01.pdf"), RejectionCode.CHEMIN_INTERDIT);
        rejected(new GridRowParser(NO_FILES), with(valid, "etablie_le", "2027-13-01"), RejectionCode.DATE_INVALIDE);
    }
}
