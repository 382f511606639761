package fr.jurye61.jobs.ingestion;

import fr.jurye61.domain.Rejection;
import fr.jurye61.io.config.ConfigurationException;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.RunContext;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.scope.context.ChunkContext;
import org.springframework.batch.core.step.StepContribution;
import org.springframework.batch.core.step.tasklet.Tasklet;
import org.springframework.batch.infrastructure.repeat.RepeatStatus;

/**
 * After the commissions and registrations are read: a night that lost one of them — rejected
 * whole (a typo in the header, a broken encoding) or with rows none of which could be accepted —
 * would publish without those commissions or candidates, and remove their packs. It stops here,
 * before anything is published, as a configuration error (exit 2): last night's outputs stay.
 */
public class RequiredInputsTasklet implements Tasklet {
    private final StateStore store;

    public RequiredInputsTasklet(StateStore store) {
        this.store = store;
    }

    @Override
    public RepeatStatus execute(StepContribution contribution, ChunkContext chunkContext) {
        RunContext run = RunContext.of(chunkContext.getStepContext().getStepExecution());
        Map<String, Integer> read = store.rowsRead(run.runId());
        Map<String, Integer> accepted = store.acceptedRowsByFile(run.runId());
        List<String> lost = new ArrayList<>();
        Set<String> rejectedWhole = new HashSet<>();
        for (Rejection rejection : store.rejections(run.runId())) {
            if (rejection.ligne() == null && required(rejection.fichier())) {
                rejectedWhole.add(rejection.fichier());
                lost.add(rejection.fichier() + " est rejeté en entier (" + rejection.message() + ")");
            }
        }
        for (Map.Entry<String, Integer> file : read.entrySet()) {
            if (required(file.getKey()) && file.getValue() > 0 && accepted.getOrDefault(file.getKey(), 0) == 0
                    && !rejectedWhole.contains(file.getKey())) {
                lost.add(file.getKey() + " : aucune de ses " + file.getValue() + " ligne(s) n'a pu être acceptée "
                        + "(voir le journal technique pour chaque rejet)");
            }
        }
        if (!lost.isEmpty()) {
            throw new ConfigurationException(String.join(" ; ", lost) + ". Sans ce fichier, la nuit perdrait des "
                    + "commissions ou des candidats et supprimerait leurs dossiers : elle est arrêtée avant toute "
                    + "publication, les résultats de la nuit précédente restent en place. Corriger le fichier, puis "
                    + "relancer la même commande.");
        }
        return RepeatStatus.FINISHED;
    }

    /** commissions.csv and inscriptions/*.csv: the files a night cannot go without (input.md). */
    static boolean required(String fichier) {
        return Arrays.stream(InputKind.values()).anyMatch(kind -> kind.required() && kind.holds(fichier));
    }
}
