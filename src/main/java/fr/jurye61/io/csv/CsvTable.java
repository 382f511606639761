package fr.jurye61.io.csv;

import fr.jurye61.domain.Rejection;
import java.nio.charset.Charset;
import java.util.List;

/**
 * An input CSV as read: the header (normalised: trimmed, lower case), the data rows, and what
 * could not be read. {@code fileRejection} set means no row is usable (e.g. no header);
 * {@code tailRejection} set means the CSV syntax broke at some line and the rows from there on
 * are rejected together.
 */
public record CsvTable(String fichier, Charset charset, char delimiter, List<String> header, List<CsvRow> rows,
        Rejection fileRejection, Rejection tailRejection) {

    /** How many data rows this file accounts for: read rows plus those lost to a broken tail. */
    public int dataRowCount() {
        int count = rows.size();
        if (fileRejection != null) {
            count += fileRejection.lignesCouvertes();
        }
        if (tailRejection != null) {
            count += tailRejection.lignesCouvertes();
        }
        return count;
    }
}
