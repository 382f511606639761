package fr.jurye61.jobs.evaluation;

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
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.jobs.InputDocuments;
import fr.jurye61.jobs.RunContext;
import fr.jurye61.rules.RuleEngine;
import fr.jurye61.domain.Deposits;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.io.pdf.ReportAnalyser;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Optional;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Builds each candidate's file — documents opened to know whether they can be used, the report
 * that counts analysed (or taken from the analysis cache by its SHA-256) — and runs the rule
 * engine on it with the candidate's rulings. Nothing is written here: the writer stores the
 * evaluation and caches new analyses, so the processor may run on several threads.
 */
public class EvaluationProcessor implements ItemProcessor<Candidate, Evaluation>, StepExecutionListener {
    private final StateStore store;
    private final RuleEngine engine = RuleEngine.standard();
    private InputDocuments documents;
    private SessionParameters session;
    private Set<String> commissions;
    private Map<String, List<Piece>> pieces;
    private Map<String, List<Deposit>> deposits;
    private Map<String, List<Grid>> grids;
    private Map<String, List<Ruling>> rulings;
    private Map<String, String> countedReportSha;
    private Map<String, List<String>> candidatesBySha;

    public EvaluationProcessor(StateStore store) {
        this.store = store;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        RunContext run = RunContext.of(stepExecution);
        documents = new InputDocuments(run.snapshot(store), store);
        session = SessionPropertiesLoader.load(documents.snapshot());
        commissions = store.commissionCodes(run.runId());
        pieces = store.piecesByCandidate(run.runId());
        deposits = store.depositsByCandidate(run.runId());
        grids = store.gridsByCandidate(run.runId());
        rulings = store.rulingsByCandidate(run.runId());
        // RAPPORT-DOUBLON compares candidates with each other: the snapshot hashed every report.
        countedReportSha = new HashMap<>();
        candidatesBySha = new HashMap<>();
        for (Map.Entry<String, List<Deposit>> entry : deposits.entrySet()) {
            Deposits.counted(entry.getValue(), session.dateLimiteDepot().toInstant()).ifPresent(d -> {
                String sha = documents.sha256(InputKind.DEPOTS, d.fichier());
                if (sha != null) {
                    countedReportSha.put(entry.getKey(), sha);
                    candidatesBySha.computeIfAbsent(sha, k -> new ArrayList<>()).add(entry.getKey());
                }
            });
        }
    }

    private ReportAnalysis analyse(Deposit deposit, String sha) {
        if (sha == null) {
            return ReportAnalysis.unreadable(null, documents.probe(InputKind.DEPOTS, deposit.fichier()));
        }
        Optional<ReportAnalysis> cached = store.cachedAnalysis(sha, ReportAnalyser.VERSION);
        if (cached.isPresent()) {
            return cached.get();
        }
        return ReportAnalyser.analyse(documents.file(InputKind.DEPOTS, deposit.fichier()).orElseThrow(), sha);
    }

    /** A grid's state and, when it is usable, what its copy for the pack would keep. */
    private CheckedGrid checkedGrid(Grid grid) {
        FileState state = documents.probe(InputKind.GRILLES, grid.fichier());
        return new CheckedGrid(grid, state, state == FileState.LISIBLE
                ? documents.leftAfterCleaning(InputKind.GRILLES, grid.fichier()) : List.of());
    }

    @Override
    public Evaluation process(Candidate candidate) {
        String numero = candidate.numero();
        List<CheckedPiece> checkedPieces = pieces.getOrDefault(numero, List.of()).stream()
                .map(p -> new CheckedPiece(p, p.fichier() == null ? FileState.NON_FOURNI
                        : documents.probe(InputKind.PIECES, p.fichier())))
                .toList();
        List<CheckedGrid> checkedGrids = grids.getOrDefault(numero, List.of()).stream()
                .map(this::checkedGrid)
                .toList();
        List<Deposit> own = deposits.getOrDefault(numero, List.of());
        String sha = countedReportSha.get(numero);
        ReportAnalysis report = Deposits.counted(own, session.dateLimiteDepot().toInstant())
                .map(d -> analyse(d, sha)).orElse(null);
        List<String> sameReport = sha == null ? List.of() : candidatesBySha.get(sha).stream()
                .filter(other -> !other.equals(numero)).sorted().toList();
        CandidateFile file = new CandidateFile(candidate, checkedPieces, own, checkedGrids,
                commissions.contains(candidate.commission()), report, sameReport);
        return engine.evaluate(file, session, rulings.getOrDefault(numero, List.of()));
    }
}
