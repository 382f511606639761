package fr.jurye61.jobs.ingestion;

import fr.jurye61.io.csv.CsvIngestion;
import fr.jurye61.io.csv.IngestionItem;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.RunContext;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every file of one input kind as ingestion items. Restart comes from the saved item
 * count: the files are read again from the same snapshot and the items already written are skipped.
 */
public class IngestionReader extends AbstractItemCountingItemStreamItemReader<IngestionItem>
        implements StepExecutionListener, fr.jurye61.jobs.Sized {
    private final InputKind kind;
    private final StateStore store;
    private RunContext run;
    private List<IngestionItem> items = List.of();
    private int next;

    public IngestionReader(InputKind kind, StateStore store) {
        this.kind = kind;
        this.store = store;
        setName("lecture-" + kind.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = RunContext.of(stepExecution);
    }

    @Override
    protected void doOpen() throws Exception {
        // Each file is read once, from the night's snapshot; what it accounts for is recorded then,
        // so that the reconciliation compares with that very reading.
        CsvIngestion.Read read = CsvIngestion.read(run.snapshot(store), kind);
        read.rowsByFile().forEach((file, rows) -> store.recordRowsRead(run.runId(), file, rows));
        items = read.items();
        next = 0;
    }

    @Override
    protected IngestionItem doRead() {
        return next < items.size() ? items.get(next++) : null;
    }

    @Override
    public int size() {
        return items.size();
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = Math.min(itemIndex, items.size());
    }

    @Override
    protected void doClose() {
        items = List.of();
    }
}
