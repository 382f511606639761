package fr.jurye61.jobs.night;

import fr.jurye61.domain.FileState;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.DocumentCache;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.InputSnapshot;
import fr.jurye61.io.input.SnapshotEntry;
import fr.jurye61.io.pdf.PdfProbe;
import fr.jurye61.io.pdf.ReportAnalyser;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * The documents a manifest names (scans, reports, grids), as the night's snapshot kept them: the
 * one place where a manifest's file name becomes a file to open, so that every step opens the
 * same bytes and never a file of the input folder itself.
 */
public final class InputDocuments {
    private final InputSnapshot snapshot;
    private final StateStore store;

    public InputDocuments(InputSnapshot snapshot, StateStore store) {
        this.snapshot = snapshot;
        this.store = store;
    }

    public InputSnapshot snapshot() {
        return snapshot;
    }

    /** The kept file of a document, when the night found a regular file there. */
    public Optional<Path> file(InputKind manifest, String fichier) {
        return snapshot.content(manifest.document(fichier));
    }

    /** The document's SHA-256, or null when there was no file to keep. */
    public String sha256(InputKind manifest, String fichier) {
        return snapshot.sha256(manifest.document(fichier));
    }

    /**
     * What a listed file is to the rules, for a key of their inputs: the snapshot's nature and
     * SHA-256 (its time does not count); empty when the snapshot has no entry, null for no file.
     */
    public List<Object> content(InputKind manifest, String fichier) {
        if (fichier == null) {
            return null;
        }
        return snapshot.entry(manifest.document(fichier))
                .map(e -> List.<Object>of(e.nature(), e.sha256() == null ? "" : e.sha256()))
                .orElse(List.of());
    }

    /** What the document's file is, from the cache when the same content was opened before. */
    public FileState probe(InputKind manifest, String fichier) {
        Optional<SnapshotEntry> entry = snapshot.entry(manifest.document(fichier));
        if (entry.isEmpty() || !entry.get().kept()) {
            return entry.map(InputDocuments::stateOf).orElse(FileState.MANQUANT);
        }
        return probe(entry.get().sha256(), snapshot.content(manifest.document(fichier)).orElseThrow(), store.cache());
    }

    /**
     * What the document's file is and, when usable, what a pack's sanitised copy of it would
     * still carry: from the cache when the same content was seen before, else from one opening.
     */
    public PdfProbe.Inspection inspect(InputKind manifest, String fichier) {
        Optional<SnapshotEntry> entry = snapshot.entry(manifest.document(fichier));
        if (entry.isEmpty() || !entry.get().kept()) {
            return new PdfProbe.Inspection(entry.map(InputDocuments::stateOf).orElse(FileState.MANQUANT), List.of());
        }
        return inspect(entry.get().sha256(), snapshot.content(manifest.document(fichier)).orElseThrow(), store.cache());
    }

    /**
     * What a kept file of this content is, cached by content: the evaluation asks it of a piece,
     * and a worker of a distributed night computes it ahead of the evaluation, the same way.
     */
    public static FileState probe(String sha, Path file, DocumentCache cache) {
        Optional<FileState> cached = cache.cachedProbe(sha, ReportAnalyser.VERSION);
        if (cached.isPresent()) {
            return cached.get();
        }
        FileState state = PdfProbe.probe(file);
        cache.cacheProbe(sha, ReportAnalyser.VERSION, state);
        return state;
    }

    /** What a kept grid of this content is, and what its pack copy would keep, cached by content. */
    public static PdfProbe.Inspection inspect(String sha, Path file, DocumentCache cache) {
        Optional<FileState> cachedState = cache.cachedProbe(sha, ReportAnalyser.VERSION);
        if (cachedState.isPresent() && cachedState.get() != FileState.LISIBLE) {
            return new PdfProbe.Inspection(cachedState.get(), List.of());
        }
        Optional<List<String>> cachedLeft = cache.cachedLeftAfterCleaning(sha, ReportAnalyser.VERSION);
        if (cachedState.isPresent() && cachedLeft.isPresent()) {
            return new PdfProbe.Inspection(cachedState.get(), cachedLeft.get());
        }
        PdfProbe.Inspection opened = PdfProbe.inspect(file);
        FileState state = cachedState.orElse(opened.state());
        if (cachedState.isEmpty()) {
            cache.cacheProbe(sha, ReportAnalyser.VERSION, state);
        }
        if (state != FileState.LISIBLE) {
            return new PdfProbe.Inspection(state, List.of());
        }
        if (cachedLeft.isEmpty()) {
            cache.cacheLeftAfterCleaning(sha, ReportAnalyser.VERSION, opened.leftAfterCleaning());
        }
        return new PdfProbe.Inspection(state, cachedLeft.orElse(opened.leftAfterCleaning()));
    }

    /** What a path the night could not keep amounts to, for the rules. */
    static FileState stateOf(SnapshotEntry entry) {
        return switch (entry.nature()) {
            case FICHIER -> FileState.LISIBLE;
            case LIEN_EXTERIEUR -> FileState.MANQUANT;
            case NON_REGULIER -> FileState.PAS_UN_PDF;
            case TROP_VOLUMINEUX -> FileState.TROP_COMPLEXE;
            case ILLISIBLE -> FileState.ENDOMMAGE;
        };
    }
}
