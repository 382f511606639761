package fr.jurye61.jobs.ingestion;

import fr.jurye61.io.csv.IngestionItem;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.RunContext;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Stores accepted records, rejections and notices in the run's state, in the chunk's transaction. */
public class IngestionWriter implements ItemWriter<IngestionItem>, StepExecutionListener {
    private final StateStore store;
    private long runId;

    public IngestionWriter(StateStore store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunContext.of(stepExecution).runId();
    }

    @Override
    public void write(Chunk<? extends IngestionItem> chunk) {
        for (IngestionItem item : chunk) {
            if (item instanceof IngestionItem.Accepted accepted) {
                store.insert(runId, accepted.record());
            } else if (item instanceof IngestionItem.Rejected rejected) {
                store.insert(runId, rejected.rejection());
            } else if (item instanceof IngestionItem.Noticed noticed) {
                store.insert(runId, noticed.notice());
            } else {
                throw new IllegalStateException("Unparsed row reached the writer: " + item);
            }
        }
    }
}
