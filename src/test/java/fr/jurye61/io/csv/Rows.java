package fr.jurye61.io.csv;

import fr.jurye61.domain.RejectionCode;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Test helpers: a row from column/value pairs, and the outcome of parsing it. */
final class Rows {
    private Rows() {
    }

    static CsvRow row(String... columnValuePairs) {
        Map<String, String> values = new LinkedHashMap<>();
        for (int i = 0; i < columnValuePairs.length; i += 2) {
            values.put(columnValuePairs[i], columnValuePairs[i + 1]);
        }
        return new CsvRow("fixture.csv", 7, values, false, 0);
    }

    /** Parses and expects acceptance; returns the record. */
    @SuppressWarnings("unchecked")
    static <T> T accepted(RowParser<T> parser, CsvRow row) {
        IngestionItem item = CsvIngestion.ingest(row, parser);
        assertThat(item).as("row should be accepted: %s", item).isInstanceOf(IngestionItem.Accepted.class);
        return (T) ((IngestionItem.Accepted) item).record();
    }

    /** Parses and expects a rejection with this code; returns its message. */
    static String rejected(RowParser<?> parser, CsvRow row, RejectionCode code) {
        IngestionItem item = CsvIngestion.ingest(row, parser);
        assertThat(item).as("row should be rejected").isInstanceOf(IngestionItem.Rejected.class);
        var rejection = ((IngestionItem.Rejected) item).rejection();
        assertThat(rejection.code()).isEqualTo(code);
        assertThat(rejection.fichier()).isEqualTo("fixture.csv");
        assertThat(rejection.ligne()).isEqualTo(7);
        return rejection.message();
    }

    /** A copy of {@code base} with one value replaced. */
    static CsvRow with(CsvRow base, String column, String value) {
        Map<String, String> values = new LinkedHashMap<>(base.values());
        values.put(column, value);
        return new CsvRow(base.fichier(), base.ligne(), values, base.undecodable(), base.extraValues());
    }
}
