package fr.jurye61.jobs.night;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.jobs.night.NightConsole;
import fr.jurye61.jobs.night.StepProgressListener;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

/** Without a terminal (tests, CI=true), a step's console is French lines: progress at every tenth, then one line. */
@ExtendWith(OutputCaptureExtension.class)
class StepProgressListenerTest {

    private static StepExecution step(String name) {
        return new StepExecution(1L, name, new JobExecution(1L, new JobInstance(1L, "nightly"), new JobParameters()));
    }

    @Test
    void aSlowStepTellsItsProgressByWritesThenOneLineWithItsSummary(CapturedOutput output) {
        assertThat(NightConsole.interactive()).isFalse();
        StepExecution step = step("evaluation");
        StepProgressListener listener = new StepProgressListener(() -> 20, "candidat", true);
        listener.beforeStep(step);
        // counted on writes: the chunk callbacks of a step with a task executor are not called
        listener.afterWrite(new Chunk<>(List.<Object>of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
        listener.afterWrite(new Chunk<>(List.<Object>of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10)));
        step.setStatus(BatchStatus.COMPLETED);
        step.getExecutionContext().putString(StepProgressListener.SUMMARY, "20 candidats (20 évalués)");
        listener.afterStep(step);
        assertThat(output.getErr()).contains("Évaluation des candidats : 10 / 20 candidats (50 %)",
                "Évaluation des candidats : 20 / 20 candidats (100 %)",
                "Évaluation des candidats : 20 candidats (20 évalués), ");
        assertThat(output.getErr()).doesNotContain("evaluation", "STARTING", "items");
    }

    @Test
    void aFastStepSaysOnlyItsEndAndAFailureSaysSo(CapturedOutput output) {
        StepExecution step = step("ingestion-inscriptions");
        StepProgressListener listener = new StepProgressListener(() -> 40, "ligne", false);
        listener.beforeStep(step);
        listener.afterWrite(new Chunk<>(List.<Object>of(1, 2, 3, 4)));
        step.setReadCount(40);
        step.setStatus(BatchStatus.FAILED);
        listener.afterStep(step);
        assertThat(output.getErr().lines().filter(l -> l.contains("Lecture des inscriptions"))).singleElement()
                .asString().contains("Lecture des inscriptions : ÉCHEC, 40 lignes, ");
    }

    @Test
    void aStepSilentForAWhileSaysItStillRuns(CapturedOutput output) throws InterruptedException {
        StepExecution step = step("audit");
        step.setStartTime(java.time.LocalDateTime.now());
        StepProgressListener listener = new StepProgressListener().quietAfter(100);
        listener.beforeStep(step);
        Thread.sleep(400);
        step.setStatus(BatchStatus.COMPLETED);
        listener.afterStep(step);
        assertThat(output.getErr()).contains("Rapport d'audit et changements : en cours depuis ");
        String after = output.getErr();
        Thread.sleep(300);
        assertThat(output.getErr()).as("nothing said once the step ended").isEqualTo(after);
    }

    @Test
    void everyStepOfTheNightHasAFrenchName() {
        // the golden console transcript shows every step by its French name; here, the table itself
        // the night's 17 steps, and the distributed night's analysis by the workers
        assertThat(fr.jurye61.reports.StepLabels.NAMES).hasSize(18).doesNotContainValue("");
        assertThat(fr.jurye61.reports.StepLabels.name("analyse-lot:lot-003")).isEqualTo("Lot d'analyse lot-003 (travailleur)");
        assertThat(fr.jurye61.reports.StepLabels.status("COMPLETED")).isEqualTo("terminée");
        assertThat(StepProgressListener.seconds(400)).isEqualTo("0,4 s");
        assertThat(StepProgressListener.seconds(125_000)).isEqualTo("2 min 05 s");
    }
}
