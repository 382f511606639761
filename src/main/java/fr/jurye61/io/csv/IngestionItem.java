package fr.jurye61.io.csv;

import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Rejection;

/**
 * What flows through an ingestion step: a row still to parse, then an accepted record, a
 * rejection, or a file-level notice. Rejections and notices travel with the rows so that they
 * are written in the same transactions.
 */
public sealed interface IngestionItem {

    /** A data row read from a CSV, not yet parsed. */
    record Row(CsvRow row) implements IngestionItem {
    }

    /** A parsed, accepted domain record. */
    record Accepted(Object record) implements IngestionItem {
    }

    record Rejected(Rejection rejection) implements IngestionItem {
    }

    record Noticed(fr.jurye61.domain.Notice notice) implements IngestionItem {
    }

    static Noticed notice(Notice notice) {
        return new Noticed(notice);
    }
}
