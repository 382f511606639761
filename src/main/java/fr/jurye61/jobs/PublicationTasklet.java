package fr.jurye61.jobs;

import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.ObjectStore;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.reports.OutputFolder;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: publishes the night built in its own folder by swapping the output folder's pointer
 * (one rename: readers see the previous night or this one, whole), and drops the input copies no
 * later night can need. Until this step a failed night has
 * not touched the previous night's outputs; if it is interrupted, the restart does it again.
 */
public class PublicationTasklet implements Tasklet {
    private final StateStore store;

    public PublicationTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        new OutputFolder(run.output()).publish(run.nightName());
        // Input copies no later night can need: a resume only ever goes on with this run's snapshot.
        ObjectStore.collect(ObjectStore.folder(run.state()), store.snapshotContents(run.runId()));
        return RepeatStatus.FINISHED;
    }
}
