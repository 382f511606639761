package fr.jurye61.jobs.evaluation;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckedGrid;
import fr.jurye61.domain.CheckedPiece;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Deposits;
import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Grid;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.RetainedDocument;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.EvaluationStore;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.pdf.PdfProbe;
import fr.jurye61.io.pdf.ReportAnalyser;
import fr.jurye61.jobs.night.InputDocuments;
import fr.jurye61.jobs.night.NightInputs;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.jobs.night.Version;
import fr.jurye61.rules.engine.RuleEngine;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Builds each candidate's file — documents opened to know whether they can be used, the report
 * that counts analysed (or taken from the analysis cache by its SHA-256) — and runs the rule
 * engine on it with the candidate's rulings. A candidate whose inputs (tool build, session
 * parameters, rows, file contents, candidates sharing its report) give the key an earlier run
 * evaluated is not evaluated again: the writer copies that run's rows, which these inputs
 * determine. A candidate with rulings is always evaluated (a ruling matching no finding makes
 * a notice of this run). Nothing is written here: the writer stores the evaluation and caches
 * new analyses, so the processor may run on several threads.
 */
public class EvaluationProcessor implements ItemProcessor<Candidate, EvaluatedCandidate>, StepExecutionListener {
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
    private String tool;
    private EvaluationStore.EvaluationKeys earlier;

    private final NightInputs inputs;

    public EvaluationProcessor(StateStore store, NightInputs inputs) {
        this.store = store;
        this.inputs = inputs;
    }

    @Override
    public void beforeStep(StepExecution stepExecution) {
        RunContext run = RunContext.of(stepExecution);
        documents = inputs.documents();
        session = inputs.session();
        commissions = store.commissionCodes(run.runId());
        pieces = store.piecesByCandidate(run.runId());
        deposits = store.depositsByCandidate(run.runId());
        grids = store.gridsByCandidate(run.runId());
        rulings = store.rulingsByCandidate(run.runId());
        tool = Version.identity();
        earlier = RunContext.reevaluateAll(stepExecution) ? new EvaluationStore.EvaluationKeys(-1, Map.of())
                : store.evaluations().previousEvaluationKeys(run.runId());
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

    /** The counted report's analysis, and whether it was computed now (not found in the cache). */
    private record Analysed(ReportAnalysis analysis, boolean now) {
    }

    private Analysed analyse(Deposit deposit, String sha) {
        if (sha == null) {
            return new Analysed(ReportAnalysis.unreadable(null, documents.probe(InputKind.DEPOTS, deposit.fichier())),
                    false);
        }
        Optional<ReportAnalysis> cached = store.cache().cachedAnalysis(sha, ReportAnalyser.VERSION);
        if (cached.isPresent()) {
            return new Analysed(cached.get(), false);
        }
        return new Analysed(ReportAnalyser.analyse(documents.file(InputKind.DEPOTS, deposit.fichier()).orElseThrow(),
                sha), true);
    }

    /** The key of everything {@link #process} reads for this candidate. */
    private String key(Candidate candidate, List<Deposit> own, List<Ruling> theirs, List<String> sameReport) {
        String numero = candidate.numero();
        InputsKey key = new InputsKey().add(tool).add(ReportAnalyser.VERSION).add(session).add(candidate)
                .add(commissions.contains(candidate.commission()));
        for (Piece p : pieces.getOrDefault(numero, List.of())) {
            key.add(p).add(documents.content(InputKind.PIECES, p.fichier()));
        }
        key.add("depots");
        for (Deposit d : own) {
            key.add(d).add(documents.content(InputKind.DEPOTS, d.fichier()));
        }
        key.add("grilles");
        for (Grid g : grids.getOrDefault(numero, List.of())) {
            key.add(g).add(documents.content(InputKind.GRILLES, g.fichier()));
        }
        return key.add(countedReportSha.get(numero)).add(sameReport).add(theirs).hex();
    }

    /** A grid's state and, when it is usable, what its copy for the pack would keep. */
    private CheckedGrid checkedGrid(Grid grid) {
        PdfProbe.Inspection inspection = documents.inspect(InputKind.GRILLES, grid.fichier());
        return new CheckedGrid(grid, inspection.state(), inspection.leftAfterCleaning());
    }

    @Override
    public EvaluatedCandidate process(Candidate candidate) {
        String numero = candidate.numero();
        List<Deposit> own = deposits.getOrDefault(numero, List.of());
        List<Ruling> theirs = rulings.getOrDefault(numero, List.of());
        String sha = countedReportSha.get(numero);
        List<String> sameReport = sha == null ? List.of() : candidatesBySha.get(sha).stream()
                .filter(other -> !other.equals(numero)).sorted().toList();
        String key = key(candidate, own, theirs, sameReport);
        if (theirs.isEmpty() && key.equals(earlier.keys().get(numero))) {
            return EvaluatedCandidate.takenOver(numero, key, earlier.runId());
        }
        List<CheckedPiece> checkedPieces = pieces.getOrDefault(numero, List.of()).stream()
                .map(p -> new CheckedPiece(p, p.fichier() == null ? FileState.NON_FOURNI
                        : documents.probe(InputKind.PIECES, p.fichier())))
                .toList();
        List<CheckedGrid> checkedGrids = grids.getOrDefault(numero, List.of()).stream()
                .map(this::checkedGrid)
                .toList();
        Optional<Analysed> report = Deposits.counted(own, session.dateLimiteDepot().toInstant()).map(d -> analyse(d, sha));
        CandidateFile file = new CandidateFile(candidate, checkedPieces, own, checkedGrids,
                commissions.contains(candidate.commission()), report.map(Analysed::analysis).orElse(null), sameReport);
        Evaluation evaluation = engine.evaluate(file, session, theirs);
        return EvaluatedCandidate.evaluated(key, evaluation, report.map(Analysed::now).orElse(false),
                retained(evaluation));
    }

    /** The engine's choice of documents, with each file's SHA-256 (from the snapshot) and state. */
    private List<RetainedDocument> retained(Evaluation evaluation) {
        String numero = evaluation.candidate().numero();
        List<RetainedDocument> retained = new ArrayList<>();
        Deposit counted = evaluation.countedReport();
        if (counted != null) {
            // process() analyses the deposit that counts whenever there is one (an unreadable one too)
            retained.add(new RetainedDocument(numero, RetainedDocument.Role.RAPPORT, counted.fichier(),
                    documents.sha256(InputKind.DEPOTS, counted.fichier()), evaluation.report().state()));
        }
        CheckedGrid grid = evaluation.packGrid();
        if (grid != null) {
            retained.add(new RetainedDocument(numero, RetainedDocument.Role.GRILLE, grid.grid().fichier(),
                    documents.sha256(InputKind.GRILLES, grid.grid().fichier()), grid.state()));
        }
        return retained;
    }
}
