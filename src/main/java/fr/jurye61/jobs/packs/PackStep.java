package fr.jurye61.jobs.packs;

import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.reports.OutputLayout;
import java.nio.file.Path;

/**
 * The « dossiers » step: one commission per item, its pack built by {@link PackProcessor} (in a
 * temporary folder, or taken over from the published night) and put in the night by {@link PackWriter}.
 */
public final class PackStep {
    private PackStep() {
    }

    /** Packs of this run's night, published with it by the last step. */
    public static Path stagedDossiers(RunContext run) {
        return run.staging().resolve(OutputLayout.DOSSIERS);
    }
}
