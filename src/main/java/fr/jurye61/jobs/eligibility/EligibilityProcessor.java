package fr.jurye61.jobs.eligibility;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckedGrid;
import fr.jurye61.domain.CheckedPiece;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Grid;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.config.SessionPropertiesLoader;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.pdf.PdfProbe;
import fr.jurye61.jobs.RunContext;
import fr.jurye61.rules.RuleEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Builds each candidate's file (documents opened to know whether they can be used) and runs the
 * rule engine on it with the candidate's rulings. Stateless per item, so it may run in parallel.
 */
public class EligibilityProcessor implements ItemProcessor<Candidate, Evaluation>, StepExecutionListener {
    private final StateStore store;
    private final RuleEngine engine = RuleEngine.standard();
    private Path input;
    private SessionParameters session;
    private Set<String> commissions;
    private Map<String, List<Piece>> pieces;
    private Map<String, List<Deposit>> deposits;
    private Map<String, List<Grid>> grids;
    private Map<String, List<Ruling>> rulings;

    public EligibilityProcessor(StateStore store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        RunContext run = RunContext.of(stepExecution);
        input = run.input();
        session = SessionPropertiesLoader.load(input);
        commissions = store.commissionCodes(run.runId());
        pieces = store.piecesByCandidate(run.runId());
        deposits = store.depositsByCandidate(run.runId());
        grids = store.gridsByCandidate(run.runId());
        rulings = store.rulingsByCandidate(run.runId());
    }

    @Override
    public Evaluation process(Candidate candidate) {
        String numero = candidate.numero();
        List<CheckedPiece> checkedPieces = pieces.getOrDefault(numero, List.of()).stream()
                .map(p -> new CheckedPiece(p, p.fichier() == null ? FileState.NON_FOURNI
                        : PdfProbe.probe(input.resolve("pieces").resolve(p.fichier()))))
                .toList();
        List<CheckedGrid> checkedGrids = grids.getOrDefault(numero, List.of()).stream()
                .map(g -> new CheckedGrid(g, PdfProbe.probe(input.resolve("grilles").resolve(g.fichier()))))
                .toList();
        CandidateFile file = new CandidateFile(candidate, checkedPieces, deposits.getOrDefault(numero, List.of()),
                checkedGrids, commissions.contains(candidate.commission()));
        return engine.evaluate(file, session, rulings.getOrDefault(numero, List.of()));
    }
}
