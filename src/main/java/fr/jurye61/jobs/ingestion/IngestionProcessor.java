package fr.jurye61.jobs.ingestion;

import fr.jurye61.domain.CandidateDocument;
import fr.jurye61.domain.Rejection;
import fr.jurye61.domain.RejectionCode;
import fr.jurye61.io.csv.CsvIngestion;
import fr.jurye61.io.csv.IngestionItem;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.csv.RowParser;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.NightInputs;
import fr.jurye61.jobs.night.RunContext;
import java.util.Set;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Parses each row of one input kind; rows of a manifest or ruling file are accepted only for
 * a candidate whose registration was accepted (input.md).
 */
public class IngestionProcessor implements ItemProcessor<IngestionItem, IngestionItem>, StepExecutionListener {
    private final InputKind kind;
    private final StateStore store;
    private RowParser<?> parser;
    private Set<String> candidates;

    private final NightInputs inputs;

    public IngestionProcessor(InputKind kind, StateStore store, NightInputs inputs) {
        this.kind = kind;
        this.store = store;
        this.inputs = inputs;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        RunContext run = RunContext.of(stepExecution);
        parser = kind.parser(inputs.snapshot());
        candidates = kind.referencesCandidates() ? store.candidateNumbers(run.runId()) : Set.of();
    }

    @Override
    public IngestionItem process(IngestionItem item) {
        if (!(item instanceof IngestionItem.Row row)) {
            return item;
        }
        IngestionItem result = CsvIngestion.ingest(row.row(), parser);
        if (kind.referencesCandidates() && result instanceof IngestionItem.Accepted accepted
                && accepted.record() instanceof CandidateDocument document
                && !candidates.contains(document.numero())) {
            return new IngestionItem.Rejected(Rejection.ofRow(row.row().fichier(), row.row().ligne(),
                    RejectionCode.CANDIDAT_INCONNU, "Colonne « numero_candidat » : « " + document.numero()
                            + " » ne correspond à aucune inscription acceptée."));
        }
        return result;
    }
}
