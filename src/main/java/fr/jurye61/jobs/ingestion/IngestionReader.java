package fr.jurye61.jobs.ingestion;

import fr.jurye61.io.csv.CsvIngestion;
import fr.jurye61.io.csv.IngestionItem;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.NightInputs;
import fr.jurye61.jobs.night.RunListReader;
import java.util.Locale;

/**
 * What an ingestion step reads: every file of one input kind, from the night's snapshot, as
 * ingestion items. Each file is read once; what it accounts for is recorded then, so that the
 * reconciliation compares with that very reading. A restart reads the same snapshot again and
 * skips the items already written.
 */
public final class IngestionReader {
    private IngestionReader() {
    }

    public static RunListReader<IngestionItem> of(InputKind kind, StateStore store, NightInputs inputs) {
        return new RunListReader<>("lecture-" + kind.name().toLowerCase(Locale.ROOT), run -> {
            CsvIngestion.Read read = CsvIngestion.read(inputs.snapshot(), kind);
            read.rowsByFile().forEach((file, rows) -> store.recordRowsRead(run.runId(), file, rows));
            return read.items();
        });
    }
}
