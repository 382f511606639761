package fr.jurye61.jobs.packs;

import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.RunContext;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.Chunk;
import org.springframework.batch.infrastructure.item.ItemWriter;

/** Puts each pack in the night's folder: a new one moved in, an unchanged one linked from the published night. */
public class PackWriter implements ItemWriter<PackBuilder.Built>, StepExecutionListener {
    private final StateStore store;
    private RunContext run;
    private StepExecution execution;
    private int newPacks;
    private int reusedPacks;

    public PackWriter(StateStore store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        run = RunContext.of(stepExecution);
        execution = stepExecution;
        newPacks = 0;
        reusedPacks = 0;
    }

    @Override
    public void write(Chunk<? extends PackBuilder.Built> chunk) throws Exception {
        for (PackBuilder.Built built : chunk) {
            PackBuilder.publish(built, PackStep.stagedDossiers(run));
            store.packs().recordPackKey(run.nightName(), built.code(), built.key());
            store.packs().recordPackFiles(run.nightName(), built.code(),
                    PackBuilder.recordedHashes(PackStep.stagedDossiers(run).resolve(built.code())));
            if (built.reused()) {
                reusedPacks++;
            } else {
                newPacks++;
            }
        }
        execution.getExecutionContext().putInt(fr.jurye61.jobs.night.NightSummary.PACKS_BUILT, newPacks);
        execution.getExecutionContext().putInt(fr.jurye61.jobs.night.NightSummary.PACKS_UNCHANGED, reusedPacks);
        execution.getExecutionContext().putString(fr.jurye61.jobs.night.StepProgressListener.SUMMARY,
                fr.jurye61.reports.FrenchText.count(newPacks + reusedPacks, "dossier") + " ("
                        + fr.jurye61.reports.FrenchText.count(newPacks, "construit") + ", "
                        + fr.jurye61.reports.FrenchText.count(reusedPacks, "inchangé") + " depuis la dernière nuit)");
    }

}
