package fr.jurye61.jobs.night;

import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/**
 * A step's items, loaded as one list when the step opens (from the run's state or its snapshot)
 * and read in that order. A restarted step loads the same list again and skips the items already
 * written (the item count saved under the reader's name): every reader of the night is this one.
 */
public class RunListReader<T> extends AbstractItemCountingItemStreamItemReader<T>
        implements StepExecutionListener, Sized {

    /** What the step reads, for this run. */
    @FunctionalInterface
    public interface Loader<T> {
        List<T> load(RunContext run) throws Exception;
    }

    private final Loader<T> loader;
    private RunContext run;
    private List<T> items = List.of();
    private int next;

    /** @param name the key of the saved item count (kept from night to night: restarts depend on it) */
    public RunListReader(String name, Loader<T> loader) {
        this.loader = loader;
        setName(name);
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = RunContext.of(stepExecution);
    }

    @Override
    protected void doOpen() throws Exception {
        items = List.copyOf(loader.load(run));
        next = 0;
    }

    @Override
    protected T doRead() {
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
