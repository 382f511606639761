package fr.jurye61.jobs.remote;

import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Deposits;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Grid;
import fr.jurye61.domain.Piece;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.DocumentCache;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.InputSnapshot;
import fr.jurye61.io.input.SnapshotEntry;
import fr.jurye61.io.pdf.ReportAnalyser;
import fr.jurye61.jobs.night.NightInputs;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.batch.core.partition.Partitioner;
import org.springframework.batch.infrastructure.item.ExecutionContext;

/**
 * The night's documents that the evaluation would open and the cache does not know yet, in lots
 * of about the same size in bytes (largest first, each to the lightest lot): the counted report
 * of each candidate, every piece and every grid a manifest names, each content once.
 */
public class DocumentPartitioner implements Partitioner {
    static final String DOCUMENTS = "documents";
    static final String BYTES = "octets";
    private final StateStore store;
    private final NightInputs inputs;

    public DocumentPartitioner(StateStore store, NightInputs inputs) {
        this.store = store;
        this.inputs = inputs;
    }

    @Override
    public Map<String, ExecutionContext> partition(int gridSize) {
        List<List<DocumentWork>> lots = balance(documents(), gridSize);
        Map<String, ExecutionContext> partitions = new LinkedHashMap<>();
        for (int i = 0; i < lots.size(); i++) {
            ExecutionContext context = new ExecutionContext();
            context.putString(DOCUMENTS, DocumentWork.lines(lots.get(i)));
            context.putLong(BYTES, lots.get(i).stream().mapToLong(DocumentWork::size).sum());
            partitions.put(String.format("lot-%03d", i), context);
        }
        return partitions;
    }

    /**
     * At most {@code gridSize} lots (at least one, empty when there is nothing to do), of about
     * the same size in bytes: the largest document first, each to the lightest lot so far.
     */
    static List<List<DocumentWork>> balance(List<DocumentWork> works, int gridSize) {
        int lots = Math.max(1, Math.min(gridSize, works.size()));
        List<List<DocumentWork>> assigned = new ArrayList<>();
        long[] bytes = new long[lots];
        for (int i = 0; i < lots; i++) {
            assigned.add(new ArrayList<>());
        }
        works.stream().sorted(Comparator.comparingLong(DocumentWork::size).reversed()
                .thenComparing(DocumentWork::sha256).thenComparing(DocumentWork::kind)).forEach(w -> {
                    int lightest = 0;
                    for (int i = 1; i < lots; i++) {
                        if (bytes[i] < bytes[lightest]) {
                            lightest = i;
                        }
                    }
                    assigned.get(lightest).add(w);
                    bytes[lightest] += w.size();
                });
        return assigned;
    }

    /** What the evaluation would open, each content once per kind, that the cache does not hold. */
    List<DocumentWork> documents() {
        long runId = inputs.run().runId();
        InputSnapshot snapshot = inputs.snapshot();
        DocumentCache cache = store.cache();
        Map<String, DocumentWork> works = new TreeMap<>();
        for (List<Deposit> own : store.depositsByCandidate(runId).values()) {
            Deposits.counted(own, inputs.session().dateLimiteDepot().toInstant()).ifPresent(d ->
                    kept(snapshot, InputKind.DEPOTS, d.fichier(), DocumentWork.Kind.RAPPORT)
                            .filter(w -> cache.cachedAnalysis(w.sha256(), ReportAnalyser.VERSION).isEmpty())
                            .ifPresent(w -> works.putIfAbsent(w.kind() + w.sha256(), w)));
        }
        for (List<Piece> pieces : store.piecesByCandidate(runId).values()) {
            for (Piece p : pieces) {
                if (p.fichier() != null) {
                    kept(snapshot, InputKind.PIECES, p.fichier(), DocumentWork.Kind.PIECE)
                            .filter(w -> cache.cachedProbe(w.sha256(), ReportAnalyser.VERSION).isEmpty())
                            .ifPresent(w -> works.putIfAbsent(w.kind() + w.sha256(), w));
                }
            }
        }
        for (List<Grid> grids : store.gridsByCandidate(runId).values()) {
            for (Grid g : grids) {
                kept(snapshot, InputKind.GRILLES, g.fichier(), DocumentWork.Kind.GRILLE)
                        .filter(w -> {
                            Optional<FileState> state = cache.cachedProbe(w.sha256(), ReportAnalyser.VERSION);
                            return state.isEmpty() || state.get() == FileState.LISIBLE
                                    && cache.cachedLeftAfterCleaning(w.sha256(), ReportAnalyser.VERSION).isEmpty();
                        })
                        .ifPresent(w -> works.putIfAbsent(w.kind() + w.sha256(), w));
            }
        }
        return List.copyOf(works.values());
    }

    private static Optional<DocumentWork> kept(InputSnapshot snapshot, InputKind manifest, String fichier,
            DocumentWork.Kind kind) {
        String path = manifest.document(fichier);
        Optional<SnapshotEntry> entry = snapshot.entry(path);
        if (entry.isEmpty() || !entry.get().kept() || entry.get().sha256() == null) {
            return Optional.empty();
        }
        return snapshot.content(path).map(file -> new DocumentWork(kind, entry.get().sha256(), entry.get().taille(),
                file.toAbsolutePath().normalize()));
    }
}
