package fr.jurye61.jobs;

import java.nio.file.Path;
import org.springframework.batch.core.step.StepExecution;

/** What every step needs to know of the current run, read from its job parameters. */
public record RunContext(long runId, Path input, Path output) {
    public static final String INPUT = "input";
    public static final String OUTPUT = "output";
    public static final String LAUNCH = "lancement";

    /**
     * Where this run writes its outputs until the last step publishes them into the output
     * folder: a failed night leaves the previous night's outputs as they were.
     */
    public Path staging() {
        return output.resolve(STAGING_PREFIX + runId);
    }

    public static final String STAGING_PREFIX = ".nuit-en-cours-";

    public static RunContext of(StepExecution stepExecution) {
        var parameters = stepExecution.getJobExecution().getJobParameters();
        return new RunContext(stepExecution.getJobExecution().getJobInstance().getInstanceId(),
                Path.of(parameters.getString(INPUT)), Path.of(parameters.getString(OUTPUT)));
    }
}
