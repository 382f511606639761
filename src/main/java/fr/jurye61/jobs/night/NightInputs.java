package fr.jurye61.jobs.night;

import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.config.SessionPropertiesLoader;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.InputSnapshot;

/**
 * What the steps of one night read of its inputs, loaded once for the job execution (a job-scoped
 * bean, NightlyJobConfiguration.nightInputs): the input folder as the night froze it, the
 * documents it kept, and the session parameters read from it. Asked for only after the snapshot step has frozen the folder.
 */
public class NightInputs {
    private final RunContext run;
    private final StateStore store;
    private InputSnapshot snapshot;
    private InputDocuments documents;
    private SessionParameters session;

    public NightInputs(RunContext run, StateStore store) {
        this.run = run;
        this.store = store;
    }

    public RunContext run() {
        return run;
    }

    /** The night's snapshot of the input folder (every step reads its files from there). */
    public synchronized InputSnapshot snapshot() {
        if (snapshot == null) {
            snapshot = run.snapshot(store);
        }
        return snapshot;
    }

    /** The documents the manifests name, as the snapshot kept them (one view for every step). */
    public synchronized InputDocuments documents() {
        if (documents == null) {
            documents = new InputDocuments(snapshot(), store);
        }
        return documents;
    }

    /** session.properties as the night froze it: read once, for every step. */
    public synchronized SessionParameters session() {
        if (session == null) {
            session = SessionPropertiesLoader.load(snapshot());
        }
        return session;
    }
}
