package fr.jurye61.jobs.night;

import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.InputSnapshot;
import fr.jurye61.io.input.ObjectStore;
import fr.jurye61.reports.OutputFolder;
import java.nio.file.Path;
import org.springframework.batch.core.step.StepExecution;

/** What every step needs to know of the current run, read from its job parameters. */
public record RunContext(long runId, Path input, Path output, Path state, String launch) {
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String STATE = "etat";
    public static final String LAUNCH = "lancement";
    /** Non-identifying: "oui" when every candidate is evaluated again (--nuit-complete), none taken over. */
    public static final String REEVALUATE_ALL = "tout-reevaluer";

    /**
     * Where this run builds its outputs, whole, until the last step publishes them by swapping
     * the output folder's pointer: a failed night leaves the previous night's outputs as they were.
     */
    public Path staging() {
        return new OutputFolder(output).night(nightName());
    }

    /**
     * The night's folder name: the run and its launch, so that runs of different states meeting
     * on one output folder (one after the other: the folder is locked) never share a folder.
     */
    public String nightName() {
        return nightName(runId, launch);
    }

    public static String nightName(long runId, String launch) {
        return runId + "-" + (launch == null ? "" : launch.replaceAll("[^0-9]", ""));
    }

    /**
     * The input folder as this night froze it when it began: every step reads its files from
     * there, never from the input folder itself, so that two versions of a file never meet.
     */
    public InputSnapshot snapshot(StateStore store) {
        return new InputSnapshot(ObjectStore.folder(state), store.snapshotEntries(runId));
    }

    /**
     * The night's date, in Paris: the day its launch was recorded (a job parameter, so a resumed
     * night keeps the date it began with and writes the same letters).
     */
    public java.time.LocalDate nightDate() {
        try {
            return java.time.Instant.parse(launch).atZone(PARIS).toLocalDate();
        } catch (RuntimeException e) {
            return java.time.LocalDate.now(PARIS); // a launch written otherwise (tests): today
        }
    }

    private static final java.time.ZoneId PARIS = java.time.ZoneId.of("Europe/Paris");

    /** Whether this run evaluates every candidate again rather than take over an earlier evaluation. */
    public static boolean reevaluateAll(StepExecution stepExecution) {
        return "oui".equals(stepExecution.getJobExecution().getJobParameters().getString(REEVALUATE_ALL));
    }

    public static RunContext of(StepExecution stepExecution) {
        return of(stepExecution.getJobExecution());
    }

    public static RunContext of(org.springframework.batch.core.job.JobExecution jobExecution) {
        var parameters = jobExecution.getJobParameters();
        return new RunContext(jobExecution.getJobInstance().getInstanceId(),
                Path.of(parameters.getString(INPUT)), Path.of(parameters.getString(OUTPUT)),
                Path.of(parameters.getString(STATE)), parameters.getString(LAUNCH));
    }
}
