package fr.jurye61.jobs;

import java.time.Duration;
import java.time.LocalDateTime;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.ChunkListener;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;

/**
 * Progress of a step: what step, how many of how many, how fast. On a terminal, a live progress
 * bar; when not interactive (no console, or CI=true), plain lines at every tenth of the way.
 */
public class StepProgressListener implements StepExecutionListener, ChunkListener<Object, Object> {
    private static final Logger LOG = LoggerFactory.getLogger("fr.jurye61.progress");
    private final Sized reader;
    private StepExecution execution;
    private ProgressBar bar;
    private long lastTenth;

    public StepProgressListener(Sized reader) {
        this.reader = reader;
    }

    static boolean interactive() {
        return System.console() != null && !"true".equalsIgnoreCase(System.getenv("CI"));
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        execution = stepExecution;
        lastTenth = -1;
        LOG.info("step {} started", stepExecution.getStepName());
        if (interactive()) {
            bar = new ProgressBarBuilder().setTaskName(stepExecution.getStepName()).setStyle(ProgressBarStyle.ASCII)
                    .setInitialMax(-1).showSpeed().setUpdateIntervalMillis(250).build();
        }
    }

    @Override
    public void afterChunk(Chunk<Object> chunk) {
        progress(chunk.size());
    }

    /** The step's read count is updated after this listener runs: the chunk just done is added. */
    private void progress(int justDone) {
        if (execution == null) {
            return;
        }
        long total = reader.size();
        long done = Math.min(execution.getReadCount() + justDone, total);
        if (bar != null) {
            bar.maxHint(total);
            bar.stepTo(done);
        } else if (total > 0) {
            long tenth = done * 10 / total;
            if (tenth != lastTenth) {
                lastTenth = tenth;
                LOG.info("step {}: {} / {} ({} %), {} items/s", execution.getStepName(), done, total,
                        done * 100 / total, rate(done));
            }
        }
    }

    private long rate(long done) {
        LocalDateTime start = execution.getStartTime();
        long millis = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
        return millis > 0 ? done * 1000 / millis : done;
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        if (bar != null) {
            bar.close();
            bar = null;
        }
        LocalDateTime start = stepExecution.getStartTime();
        long millis = start == null ? 0 : Duration.between(start, LocalDateTime.now()).toMillis();
        LOG.info("step {} {}: {} items read, {} written in {} ms ({} items/s)", stepExecution.getStepName(),
                stepExecution.getStatus(), stepExecution.getReadCount(), stepExecution.getWriteCount(), millis,
                rate(stepExecution.getReadCount()));
        return stepExecution.getExitStatus();
    }
}
