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
import fr.jurye61.io.pdf.PdfProbe;
import fr.jurye61.jobs.RunContext;
import fr.jurye61.rules.RuleEngine;
import fr.jurye61.domain.Deposits;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.io.pdf.ReportAnalyser;
import java.nio.file.Path;
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
    private Path input;
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
        input = run.input();
        session = SessionPropertiesLoader.load(input);
        commissions = store.commissionCodes(run.runId());
        pieces = store.piecesByCandidate(run.runId());
        deposits = store.depositsByCandidate(run.runId());
        grids = store.gridsByCandidate(run.runId());
        rulings = store.rulingsByCandidate(run.runId());
        // RAPPORT-DOUBLON compares candidates with each other: hash every counted report first.
        countedReportSha = new HashMap<>();
        candidatesBySha = new HashMap<>();
        for (Map.Entry<String, List<Deposit>> entry : deposits.entrySet()) {
            Deposits.counted(entry.getValue(), session.dateLimiteDepot().toInstant()).ifPresent(d -> {
                String sha = ReportAnalyser.sha256(reportPath(d));
                if (sha != null) {
                    countedReportSha.put(entry.getKey(), sha);
                    candidatesBySha.computeIfAbsent(sha, k -> new ArrayList<>()).add(entry.getKey());
                }
            });
        }
    }

    /** A document's readability, from the cache when the same content was opened before. */
    private FileState probe(Path file) {
        String sha = ReportAnalyser.sha256(file);
        if (sha == null) {
            return PdfProbe.probe(file);
        }
        Optional<FileState> cached = store.cachedProbe(sha, ReportAnalyser.VERSION);
        if (cached.isPresent()) {
            return cached.get();
        }
        FileState state = PdfProbe.probe(file);
        store.cacheProbe(sha, ReportAnalyser.VERSION, state);
        return state;
    }

    private Path reportPath(Deposit deposit) {
        return input.resolve("rapports").resolve(deposit.fichier());
    }

    private ReportAnalysis analyse(Deposit deposit, String sha) {
        if (sha != null) {
            Optional<ReportAnalysis> cached = store.cachedAnalysis(sha, ReportAnalyser.VERSION);
            if (cached.isPresent()) {
                return cached.get();
            }
        }
        return ReportAnalyser.analyse(reportPath(deposit));
    }

    @Override
    public Evaluation process(Candidate candidate) {
        String numero = candidate.numero();
        List<CheckedPiece> checkedPieces = pieces.getOrDefault(numero, List.of()).stream()
                .map(p -> new CheckedPiece(p, p.fichier() == null ? FileState.NON_FOURNI
                        : probe(input.resolve("pieces").resolve(p.fichier()))))
                .toList();
        List<CheckedGrid> checkedGrids = grids.getOrDefault(numero, List.of()).stream()
                .map(g -> new CheckedGrid(g, probe(input.resolve("grilles").resolve(g.fichier()))))
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
