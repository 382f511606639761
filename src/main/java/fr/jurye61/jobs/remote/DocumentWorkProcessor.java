package fr.jurye61.jobs.remote;

import fr.jurye61.io.db.DocumentCache;
import fr.jurye61.io.pdf.ReportAnalyser;
import fr.jurye61.jobs.night.InputDocuments;
import java.nio.file.Files;
import org.springframework.batch.infrastructure.item.ItemProcessor;

/**
 * Analyses one document of a lot exactly as the evaluation would, and caches the result by
 * content (each write commits on its own: a killed worker loses at most the document it was on).
 * A document this machine cannot see fails the lot, in French: the state folder is not shared at
 * the same path.
 */
class DocumentWorkProcessor implements ItemProcessor<DocumentWork, DocumentWork> {
    private final DocumentCache cache;

    DocumentWorkProcessor(DocumentCache cache) {
        this.cache = cache;
    }

    /** Test faults, inert without these properties: a slow worker (ms per document), a worker that sees no file. */
    private static final long TEST_DELAY_MS = Long.getLong("jury.test.lenteur-document-ms", 0);
    private static final boolean TEST_BLIND = Boolean.getBoolean("jury.test.travailleur-aveugle");

    @Override
    public DocumentWork process(DocumentWork work) throws InterruptedException {
        if (TEST_DELAY_MS > 0) {
            Thread.sleep(TEST_DELAY_MS);
        }
        if (TEST_BLIND || !Files.isReadable(work.file())) {
            throw new WorkerCannotSeeInputs(RemotePartitioning.host() + " ne voit pas " + work.file()
                    + " (la copie de la nuit sous --state) : le dossier d'état doit être partagé au même chemin sur "
                    + "chaque machine de la nuit répartie (README, « Nuit répartie »).");
        }
        switch (work.kind()) {
            case RAPPORT -> {
                if (cache.cachedAnalysis(work.sha256(), ReportAnalyser.VERSION).isEmpty()) {
                    cache.cacheAnalysis(ReportAnalyser.analyse(work.file(), work.sha256()), ReportAnalyser.VERSION);
                }
            }
            case PIECE -> InputDocuments.probe(work.sha256(), work.file(), cache);
            case GRILLE -> InputDocuments.inspect(work.sha256(), work.file(), cache);
        }
        return work;
    }

    /** The worker does not see the night's files: the lot fails with this French message. */
    static final class WorkerCannotSeeInputs extends IllegalStateException {
        WorkerCannotSeeInputs(String message) {
            super("Le travailleur " + message);
        }
    }
}
