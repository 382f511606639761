package fr.jurye61.jobs.ingestion;

import fr.jurye61.io.csv.IngestionItem;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.RunContext;
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
        java.util.List<Object> records = new java.util.ArrayList<>(chunk.size());
        for (IngestionItem item : chunk) {
            if (item instanceof IngestionItem.Accepted accepted) {
                records.add(accepted.record());
            } else if (item instanceof IngestionItem.Rejected rejected) {
                records.add(rejected.rejection());
            } else if (item instanceof IngestionItem.Noticed noticed) {
                records.add(noticed.notice());
            } else {
                throw new IllegalStateException("Unparsed row reached the writer: " + item);
            }
        }
        store.insertAll(runId, records);
    }
}
