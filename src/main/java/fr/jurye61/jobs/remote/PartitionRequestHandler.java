package fr.jurye61.jobs.remote;

import fr.jurye61.jobs.night.NightConsole;
import fr.jurye61.jobs.night.StepProgressListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;

/**
 * A worker's side of a lot request: runs the lot's step execution unless it is done or stale. A
 * request delivered twice (the broker redelivers what a killed worker held, a manager resent it)
 * never runs a completed lot again, nor a lot of a night that ended or was abandoned. The JMS
 * session is transacted around this call: a worker killed here leaves the request to another.
 */
class PartitionRequestHandler {
    private static final Logger LOG = LoggerFactory.getLogger(PartitionRequestHandler.class);
    private final JobRepository jobRepository;
    private final Step step;

    PartitionRequestHandler(JobRepository jobRepository, Step step) {
        this.jobRepository = jobRepository;
        this.step = step;
    }

    /** Handles one request; returns what was done, for the log and the tests. */
    String handle(String text) throws Exception {
        RemotePartitioning.Request request;
        try {
            request = RemotePartitioning.Request.parse(text);
        } catch (IllegalArgumentException e) {
            LOG.warn("Unreadable lot request dropped: {}", text);
            return "illisible";
        }
        if (!request.stepName().equals(step.getName())) {
            LOG.warn("Request for unknown step {} dropped", request.stepName());
            return "inconnue";
        }
        StepExecution lot;
        try {
            lot = jobRepository.getStepExecution(request.stepExecutionId());
        } catch (org.springframework.dao.EmptyResultDataAccessException e) {
            lot = null; // thrown rather than null for an id the base never had or no longer has
        }
        if (lot == null) {
            LOG.warn("Request for unknown step execution {} dropped", request.stepExecutionId());
            return "inconnue";
        }
        if (lot.getStatus() == BatchStatus.COMPLETED) {
            NightConsole.say("Lot " + lot.getStepName() + " déjà terminé : requête en double ignorée.");
            return "deja-termine";
        }
        JobExecution night = lot.getJobExecution();
        if (night == null || !night.isRunning()) {
            NightConsole.say("Lot " + lot.getStepName() + " d'une nuit terminée ou abandonnée : requête périmée ignorée.");
            return "perimee";
        }
        long started = System.nanoTime();
        String documents = lot.getExecutionContext().getString(DocumentPartitioner.DOCUMENTS, "");
        long count = documents.lines().count();
        NightConsole.say("Lot " + lot.getStepName() + " de la nuit n° " + night.getJobInstance().getInstanceId() + " : "
                + count + " documents…");
        step.execute(lot);
        NightConsole.say("Lot " + lot.getStepName() + " : " + (lot.getStatus() == BatchStatus.COMPLETED ? "terminé"
                : "échoué (" + lot.getExitStatus().getExitDescription().lines().findFirst().orElse("") + ")") + " en "
                + StepProgressListener.seconds((System.nanoTime() - started) / 1_000_000) + ".");
        return lot.getStatus() == BatchStatus.COMPLETED ? "termine" : "echoue";
    }
}
