package fr.jurye61.jobs.ingestion;

import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.InputFolder;
import fr.jurye61.io.input.NightFingerprint;
import fr.jurye61.io.input.ObjectStore;
import fr.jurye61.io.input.SnapshotEntry;
import fr.jurye61.jobs.night.RunContext;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * First step: freezes the input folder. Every file the night reads is copied into the state's
 * object store (once per content) and listed with its size, time and SHA-256; every later step
 * reads that copy. A file changed, appended or withdrawn while the night runs changes nothing in
 * it, and a resume compares this list with the folder before it goes on.
 */
public class SnapshotTasklet implements Tasklet {
    private static final Logger LOG = LoggerFactory.getLogger(SnapshotTasklet.class);
    private final StateStore store;

    public SnapshotTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        // what the last completed night hashed, by path: a file still the same one is not read again
        Map<String, InputFolder.Known> known = new HashMap<>();
        NightFingerprint.known(run.state()).ifPresent(last -> last.inputs().stream()
                .filter(l -> l.nature() == SnapshotEntry.Nature.FICHIER && l.sha256() != null)
                .forEach(l -> known.put(l.chemin(), new InputFolder.Known(l.chemin(), l.taille(), l.modifie(),
                        l.identity(), l.sha256()))));
        List<SnapshotEntry> entries = new InputFolder(run.input(), InputKind.locations())
                .snapshot(ObjectStore.folder(run.state()), known);
        store.replaceSnapshot(run.runId(), entries);
        // The night's own output folder exists from the start: a resume that finds it gone starts over.
        java.nio.file.Files.createDirectories(run.staging());
        long bytes = entries.stream().mapToLong(SnapshotEntry::taille).sum();
        long reused = entries.stream().filter(e -> e.kept() && known.containsKey(e.chemin())
                && e.sha256().equals(known.get(e.chemin()).sha256())).count();
        LOG.info("Input snapshot: {} entries, {} MiB ({} unchanged since the last night)",
                entries.size(), bytes >> 20, reused);
        entries.stream().filter(e -> !e.kept()).forEach(e -> LOG.warn("Input {} not kept: {}", e.chemin(), e.nature()));
        long files = entries.stream().filter(e -> e.nature() == SnapshotEntry.Nature.FICHIER).count();
        chunkContext.getStepContext().getStepExecution().getExecutionContext().putString(
                fr.jurye61.jobs.night.StepProgressListener.SUMMARY, fr.jurye61.reports.FrenchText.count(files, "fichier") + ", "
                        + fr.jurye61.reports.FrenchText.count(reused, "identique") + " à la dernière nuit");
        return RepeatStatus.FINISHED;
    }
}
