package fr.jurye61.jobs;

import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.InputFolder;
import fr.jurye61.io.input.ObjectStore;
import fr.jurye61.io.input.SnapshotEntry;
import fr.jurye61.jobs.night.NightConsole;
import fr.jurye61.jobs.night.NightSummary;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.reports.OutputFolder;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.JobInstance;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.launch.JobOperator;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.stereotype.Component;

/**
 * Starts or resumes the nightly job (output.md): after a completed run, a new run starts; after
 * a failed or killed run with the same folders, that run is resumed, so that it ends with the
 * same outputs as an uninterrupted one — but only while its inputs are those it began with.
 * When a file was added, changed or withdrawn since (a re-export, a late ruling), the failed run
 * is abandoned and a new night starts from the inputs of now: two versions of a file never meet.
 */
@Component
public class NightlyRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyRunner.class);
    private static final EnumSet<BatchStatus> UNFINISHED = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING, BatchStatus.UNKNOWN);
    private static final EnumSet<BatchStatus> RESUMABLE = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);
    /** How many changed files a console note names before « … ». */
    private static final int NAMED_CHANGES = 5;

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;
    private final StateStore store;

    public NightlyRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob, StateStore store) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
        this.store = store;
    }

    /** A night's execution, and what the clerk should know of how it began (French). */
    public record Night(JobExecution execution, List<String> notes) {
    }

    /** Runs the job to its end and returns its final status. */
    public Night run(Path input, Path output, Path state) throws Exception {
        return run(input, output, state, false);
    }

    /**
     * Runs the job to its end; {@code reevaluateAll} (--nuit-complete) evaluates every candidate
     * again instead of taking over the evaluations of unchanged inputs.
     */
    public Night run(Path input, Path output, Path state, boolean reevaluateAll) throws Exception {
        String in = input.toAbsolutePath().normalize().toString();
        String out = output.toAbsolutePath().normalize().toString();
        String st = state.toAbsolutePath().normalize().toString();
        List<String> notes = new ArrayList<>();
        JobExecution previous = lastExecution();
        if (previous != null && UNFINISHED.contains(previous.getStatus())) {
            // The state is locked by this process, so that run is not alive: it was killed.
            LOG.warn("Run {} was interrupted (status {}): marking it failed to resume it",
                    previous.getId(), previous.getStatus());
            previous = jobOperator.recover(previous);
        }
        if (previous != null && RESUMABLE.contains(previous.getStatus())) {
            JobParameters parameters = previous.getJobParameters();
            long runId = previous.getJobInstance().getInstanceId();
            if (Objects.equals(parameters.getString(RunContext.INPUT), in)
                    && Objects.equals(parameters.getString(RunContext.OUTPUT), out)
                    && Objects.equals(parameters.getString(RunContext.STATE), st)) {
                List<String> reasons = whyNotResumable(runId, parameters.getString(RunContext.LAUNCH), input, output,
                        state);
                if (reasons.isEmpty()) {
                    LOG.info("Resuming run {} (instance {})", previous.getId(), runId);
                    note(notes, "Reprise de la nuit n° " + runId + ", interrompue (" + previous.getStatus().name()
                            .toLowerCase(java.util.Locale.ROOT) + ") : ses entrées n'ont pas changé depuis, elle reprend "
                            + "là où elle s'est arrêtée.");
                    return new Night(jobOperator.restart(previous), notes);
                }
                LOG.warn("Run {} not resumed: {}", runId, reasons);
                note(notes, "L'exécution interrompue n° " + runId + " ne reprend pas ("
                        + String.join(", ", reasons.subList(0, Math.min(NAMED_CHANGES, reasons.size())))
                        + (reasons.size() > NAMED_CHANGES ? ", …" : "") + ") : elle est abandonnée et une nouvelle "
                        + "nuit commence sur les entrées actuelles, où ces changements comptent.");
            } else {
                LOG.warn("Run {} failed with other folders: abandoning it and starting a new run", previous.getId());
                note(notes, "L'exécution interrompue n° " + runId + " avait d'autres dossiers d'entrée, de sortie ou "
                        + "d'état : elle est abandonnée et une nouvelle nuit commence avec ceux-ci.");
            }
            jobOperator.abandon(previous);
        }
        removeUnpublishedNights(output);
        JobParameters parameters = new JobParametersBuilder()
                .addString(RunContext.INPUT, in)
                .addString(RunContext.OUTPUT, out)
                .addString(RunContext.STATE, st)
                .addString(RunContext.LAUNCH, Instant.now().toString())
                .addString(RunContext.REEVALUATE_ALL, reevaluateAll ? "oui" : "non", false)
                .toJobParameters();
        return new Night(jobOperator.start(nightlyJob, parameters), notes);
    }

    /** Told at once (before the night runs), and kept for the caller. */
    private static void note(List<String> notes, String note) {
        notes.add(note);
        NightConsole.say(note);
    }

    /**
     * Why a failed run cannot go on, in French: its inputs changed since it froze them (a file
     * added, changed or withdrawn), a copy it kept is lost, or its night folder is gone. Empty when
     * it may go on (also when it stopped before its snapshot was taken: the resume takes it).
     */
    private List<String> whyNotResumable(long runId, String launch, Path input, Path output, Path state)
            throws java.io.IOException {
        List<SnapshotEntry> entries = store.snapshotEntries(runId);
        if (entries.isEmpty()) {
            return List.of();
        }
        Path night = new OutputFolder(output).night(RunContext.nightName(runId, launch));
        if (!java.nio.file.Files.isDirectory(night)) {
            return List.of("son dossier de sortie " + night + " a disparu");
        }
        Path objects = ObjectStore.folder(state);
        List<String> lost = entries.stream().filter(e -> !ObjectStore.holds(objects, e))
                .map(e -> "copie de " + e.chemin() + " perdue dans l'état").toList();
        if (!lost.isEmpty()) {
            return lost;
        }
        return InputFolder.differences(entries, new InputFolder(input, InputKind.locations()).fingerprint());
    }

    /** Night folders of runs that will never publish them (abandoned, or replaced by this new run). */
    private static void removeUnpublishedNights(Path output) throws java.io.IOException {
        new OutputFolder(output).removeUnpublishedNights();
    }

    /** What a completed night comes to (NightSummary), read from the state and the steps' contexts. */
    public NightSummary summary(JobExecution execution, Path output) {
        long runId = execution.getJobInstance().getInstanceId();
        java.util.Map<fr.jurye61.domain.Decision, Integer> decisions = new java.util.EnumMap<>(
                fr.jurye61.domain.Decision.class);
        store.evaluations().outcomes(runId).values().forEach(o -> decisions.merge(o.decision(), 1, Integer::sum));
        // a resumed night may have done these steps in its earlier execution: the last one of the run counts
        org.springframework.batch.core.step.StepExecution audit = jobRepository.getLastStepExecution(
                execution.getJobInstance(), NightlyJobConfiguration.AUDIT_STEP);
        org.springframework.batch.core.step.StepExecution packs = jobRepository.getLastStepExecution(
                execution.getJobInstance(), NightlyJobConfiguration.PACKS_STEP);
        org.springframework.batch.core.step.StepExecution letters = jobRepository.getLastStepExecution(
                execution.getJobInstance(), NightlyJobConfiguration.LETTERS_STEP);
        return new NightSummary(runId, decisions, store.rejections(runId).size(), count(audit, NightSummary.CHANGES),
                count(packs, NightSummary.PACKS_BUILT), count(packs, NightSummary.PACKS_UNCHANGED),
                count(letters, NightSummary.CANDIDATES_ASKED),
                output.toAbsolutePath().normalize().resolve(fr.jurye61.reports.OutputLayout.AUDIT_REPORT));
    }

    private static int count(org.springframework.batch.core.step.StepExecution step, String key) {
        return step == null || !step.getExecutionContext().containsKey(key) ? 0 : step.getExecutionContext().getInt(key);
    }

    private JobExecution lastExecution() {
        JobInstance instance = jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
        return instance == null ? null : jobRepository.getLastJobExecution(instance);
    }
}
