package fr.jurye61.jobs.ingestion;

import fr.jurye61.io.csv.CsvIngestion;
import fr.jurye61.io.csv.IngestionItem;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.jobs.RunContext;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * Reads every file of one input kind as ingestion items. Restart comes from the saved item
 * count: the files are read again and the items already written are skipped.
 */
public class IngestionReader extends AbstractItemCountingItemStreamItemReader<IngestionItem>
        implements StepExecutionListener, fr.jurye61.jobs.Sized {
    private final InputKind kind;
    private RunContext run;
    private List<IngestionItem> items = List.of();
    private int next;

    public IngestionReader(InputKind kind) {
        this.kind = kind;
        setName("lecture-" + kind.name().toLowerCase());
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = RunContext.of(stepExecution);
    }

    @Override
    protected void doOpen() throws Exception {
        items = CsvIngestion.read(run.input(), kind);
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
