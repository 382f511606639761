package fr.jurye61.jobs;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;

/** Plain progress lines for the run log: what step, how many items, how fast. */
public class StepProgressListener implements StepExecutionListener {
    private static final Logger LOG = LoggerFactory.getLogger("fr.jurye61.progress");

    @Override
    public void beforeStep(StepExecution stepExecution) {
        LOG.info("step {} started", stepExecution.getStepName());
    }

    @Override
    public ExitStatus afterStep(StepExecution stepExecution) {
        long millis = stepExecution.getStartTime() == null || stepExecution.getEndTime() == null ? 0
                : java.time.Duration.between(stepExecution.getStartTime(), stepExecution.getEndTime()).toMillis();
        if (millis == 0 && stepExecution.getStartTime() != null) {
            millis = java.time.Duration.between(stepExecution.getStartTime(), java.time.LocalDateTime.now()).toMillis();
        }
        long rate = millis > 0 ? stepExecution.getReadCount() * 1000L / millis : stepExecution.getReadCount();
        LOG.info("step {} {}: {} items read, {} written in {} ms ({} items/s)", stepExecution.getStepName(),
                stepExecution.getStatus(), stepExecution.getReadCount(), stepExecution.getWriteCount(), millis, rate);
        return stepExecution.getExitStatus();
    }
}
