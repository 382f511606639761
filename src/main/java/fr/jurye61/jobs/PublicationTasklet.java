package fr.jurye61.jobs;

import fr.jurye61.domain.Commission;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.packs.PackBuilder;
import fr.jurye61.jobs.packs.PackStep;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * Last step: moves every output the run staged into the output folder, each by an atomic rename
 * (a reader sees the old file or the new one whole), swaps in the rebuilt packs, removes packs of
 * commissions that are gone, and deletes the staging folder. Until this step, a failed night has
 * not touched the previous night's outputs; if it is interrupted, the restart finishes it.
 */
public class PublicationTasklet implements Tasklet {
    private final StateStore store;

    public PublicationTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) throws Exception {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        Path staging = run.staging();
        if (Files.isDirectory(staging)) {
            Path stagedPacks = PackStep.stagedDossiers(run);
            try (Stream<Path> files = Files.walk(staging)) {
                for (Path file : files.filter(Files::isRegularFile).filter(f -> !f.startsWith(stagedPacks)).toList()) {
                    if (file.getFileName().toString().startsWith(".")) {
                        continue; // a temporary file of an interrupted write
                    }
                    Path target = run.output().resolve(staging.relativize(file).toString());
                    Files.createDirectories(target.getParent());
                    Files.move(file, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
                }
            }
            if (Files.isDirectory(stagedPacks)) {
                try (Stream<Path> packs = Files.list(stagedPacks)) {
                    for (Path pack : packs.filter(Files::isDirectory)
                            .filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList()) {
                        PackBuilder.publish(new PackBuilder.Built(pack.getFileName().toString(), pack, 0, 0, null),
                                PackStep.dossiers(run));
                    }
                }
            }
        }
        store.promotePackKeys(run.runId(), run.output().toString());
        List<String> codes = store.commissions(run.runId()).stream().map(Commission::code).toList();
        PackBuilder.removeStale(PackStep.dossiers(run), codes);
        PackBuilder.deleteTree(staging);
        return RepeatStatus.FINISHED;
    }

}
