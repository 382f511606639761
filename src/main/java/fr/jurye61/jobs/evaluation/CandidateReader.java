package fr.jurye61.jobs.evaluation;

import fr.jurye61.domain.Candidate;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.RunContext;
import java.util.List;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.support.AbstractItemCountingItemStreamItemReader;

/** The run's accepted registrations, sorted by number; restart skips those already evaluated. */
public class CandidateReader extends AbstractItemCountingItemStreamItemReader<Candidate>
        implements StepExecutionListener, fr.jurye61.jobs.Sized {
    private final StateStore store;
    private long runId;
    private List<Candidate> candidates = List.of();
    private int next;

    public CandidateReader(StateStore store) {
        this.store = store;
        setName("lecture-candidats");
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        runId = RunContext.of(stepExecution).runId();
    }

    @Override
    protected void doOpen() {
        candidates = store.candidates(runId);
        next = 0;
    }

    @Override
    protected Candidate doRead() {
        return next < candidates.size() ? candidates.get(next++) : null;
    }

    @Override
    public int size() {
        return candidates.size();
    }

    @Override
    protected void jumpToItem(int itemIndex) {
        next = Math.min(itemIndex, candidates.size());
    }

    @Override
    protected void doClose() {
        candidates = List.of();
    }
}
