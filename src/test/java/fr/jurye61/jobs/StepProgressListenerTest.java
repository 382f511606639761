package fr.jurye61.jobs;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Without a terminal (tests, CI=true), progress comes as plain lines: step, done / total, percent, rate. */
@ExtendWith(OutputCaptureExtension.class)
class StepProgressListenerTest {

    @Test
    void printsPlainProgressLinesWhenNotInteractive(CapturedOutput output) {
        assertThat(StepProgressListener.interactive()).isFalse();
        StepExecution step = new StepExecution(1L, "evaluation",
                new JobExecution(1L, new JobInstance(1L, "nightly"), new JobParameters()));
        StepProgressListener listener = new StepProgressListener(() -> 20);
        listener.beforeStep(step);
        listener.afterChunk(new Chunk<>(List.<Object>of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
        step.setReadCount(10);
        listener.afterChunk(new Chunk<>(List.<Object>of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
        step.setReadCount(20);
        listener.afterStep(step);
        assertThat(output.getAll()).contains("step evaluation started", "step evaluation: 10 / 20 (50 %)",
                "step evaluation: 20 / 20 (100 %)", "step evaluation STARTING: 20 items read");
    }
}
