package fr.jurye61.jobs.remote;

import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * The documents of one lot, as the manager wrote them in the partition's execution context. A
 * redelivered lot (its worker was killed) starts after the documents already done.
 */
class PartitionDocumentsReader extends AbstractItemCountingItemStreamItemReader<DocumentWork>
        implements StepExecutionListener {
    private String lines = "";
    private List<DocumentWork> works = List.of();
    private int next;

    PartitionDocumentsReader() {
        setName("lecture-lot");
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        lines = stepExecution.getExecutionContext().getString(DocumentPartitioner.DOCUMENTS, "");
    }

    @Override
    protected void doOpen() {
        works = DocumentWork.parseLines(lines);
        next = 0;
    }

    @Override
    protected DocumentWork doRead() {
        return next < works.size() ? works.get(next++) : null;
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = Math.min(itemIndex, works.size());
    }

    @Override
    protected void doClose() {
        works = List.of();
    }
}
