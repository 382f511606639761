package fr.jurye61.jobs;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumSet;
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
 * a failed or killed run with the same input and output, that run is resumed, so that it ends
 * with the same outputs as an uninterrupted one.
 */
@Component
public class NightlyRunner {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyRunner.class);
    private static final EnumSet<BatchStatus> UNFINISHED = EnumSet.of(BatchStatus.STARTING, BatchStatus.STARTED,
            BatchStatus.STOPPING, BatchStatus.UNKNOWN);
    private static final EnumSet<BatchStatus> RESUMABLE = EnumSet.of(BatchStatus.FAILED, BatchStatus.STOPPED);

    private final JobOperator jobOperator;
    private final JobRepository jobRepository;
    private final Job nightlyJob;

    public NightlyRunner(JobOperator jobOperator, JobRepository jobRepository, Job nightlyJob) {
        this.jobOperator = jobOperator;
        this.jobRepository = jobRepository;
        this.nightlyJob = nightlyJob;
    }

    /** Runs the job to its end and returns its final status. */
    public JobExecution run(Path input, Path output) throws Exception {
        String in = input.toAbsolutePath().normalize().toString();
        String out = output.toAbsolutePath().normalize().toString();
        JobExecution previous = lastExecution();
        if (previous != null && UNFINISHED.contains(previous.getStatus())) {
            // The state is locked by this process, so that run is not alive: it was killed.
            LOG.warn("Run {} was interrupted (status {}): marking it failed to resume it",
                    previous.getId(), previous.getStatus());
            previous = jobOperator.recover(previous);
        }
        if (previous != null && RESUMABLE.contains(previous.getStatus())) {
            JobParameters parameters = previous.getJobParameters();
            if (Objects.equals(parameters.getString(RunContext.INPUT), in)
                    && Objects.equals(parameters.getString(RunContext.OUTPUT), out)) {
                LOG.info("Resuming run {} (instance {})", previous.getId(), previous.getJobInstance().getInstanceId());
                return jobOperator.restart(previous);
            }
            LOG.warn("Run {} failed with other folders: abandoning it and starting a new run", previous.getId());
            jobOperator.abandon(previous);
        }
        removeAbandonedStaging(output);
        JobParameters parameters = new JobParametersBuilder()
                .addString(RunContext.INPUT, in)
                .addString(RunContext.OUTPUT, out)
                .addString(RunContext.LAUNCH, Instant.now().toString())
                .toJobParameters();
        return jobOperator.start(nightlyJob, parameters);
    }

    /** Outputs staged by runs that will never publish them (abandoned, or replaced by this new run). */
    private static void removeAbandonedStaging(Path output) throws java.io.IOException {
        if (!java.nio.file.Files.isDirectory(output)) {
            return;
        }
        try (var entries = java.nio.file.Files.list(output)) {
            for (Path entry : entries.filter(p -> p.getFileName().toString().startsWith(RunContext.STAGING_PREFIX))
                    .toList()) {
                fr.jurye61.jobs.packs.PackBuilder.deleteTree(entry);
            }
        }
    }

    private JobExecution lastExecution() {
        JobInstance instance = jobRepository.getLastJobInstance(NightlyJobConfiguration.JOB_NAME);
        return instance == null ? null : jobRepository.getLastJobExecution(instance);
    }
}
