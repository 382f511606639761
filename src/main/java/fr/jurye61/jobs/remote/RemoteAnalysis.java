package fr.jurye61.jobs.remote;

import org.springframework.batch.core.step.Step;

/** The manager's partitioned step, present only in a distributed night: the job runs it before the evaluation. */
public record RemoteAnalysis(Step step) {
}
