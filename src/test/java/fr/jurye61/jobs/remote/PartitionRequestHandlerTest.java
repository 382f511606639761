package fr.jurye61.jobs.remote;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.jobs.NightlyJobTestSupport;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.parameters.JobParameters;
import org.springframework.batch.core.job.parameters.JobParametersBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.infrastructure.item.ExecutionContext;
import org.springframework.beans.factory.annotation.Autowired;

/** A worker runs a lot once: a duplicate request, a stale one, an unknown one are acknowledged and dropped. */
class PartitionRequestHandlerTest extends NightlyJobTestSupport {
    @Autowired
    JobRepository jobRepository;

    private final AtomicInteger runs = new AtomicInteger();

    /** Stands for the lot's step: counts its runs and completes the lot. */
    private final Step lotStep = new Step() {
        @Override
        public String getName() {
            return RemotePartitioning.WORKER_STEP;
        }

        @Override
        public void execute(StepExecution lot) {
            runs.incrementAndGet();
            lot.setStatus(BatchStatus.COMPLETED);
            lot.setExitStatus(ExitStatus.COMPLETED);
            jobRepository.update(lot);
        }
    };

    /** The id of a started lot of a night in this status (not a StepExecution: @SpringBatchTest would take it for a factory). */
    private long lotOfANight(BatchStatus nightStatus, String night) {
        JobParameters parameters = new JobParametersBuilder().addString("nuit", night).toJobParameters();
        JobExecution execution = jobRepository.createJobExecution(jobRepository.createJobInstance("nightly", parameters),
                parameters, new ExecutionContext());
        execution.setStatus(nightStatus);
        jobRepository.update(execution);
        StepExecution lot = jobRepository.createStepExecution(RemotePartitioning.WORKER_STEP + ":lot-000", execution);
        lot.setStatus(BatchStatus.STARTED);
        jobRepository.update(lot);
        return lot.getId();
    }

    @Test
    void aLotRunsOnceHoweverOftenItsRequestIsDelivered() throws Exception {
        // given a lot of a running night
        long lot = lotOfANight(BatchStatus.STARTED, "1");
        PartitionRequestHandler handler = new PartitionRequestHandler(jobRepository, lotStep);
        String request = RemotePartitioning.request(RemotePartitioning.WORKER_STEP, lot);

        // when its request is delivered, then delivered again (a redelivery, a duplicate)
        String first = handler.handle(request);
        String second = handler.handle(request);

        // then the lot ran once
        assertThat(first).isEqualTo("termine");
        assertThat(second).isEqualTo("deja-termine");
        assertThat(runs).hasValue(1);
    }

    @Test
    void aLotOfANightThatEndedIsNotRun() throws Exception {
        // given a lot left started by a night that failed (its manager was killed, the night resumed since)
        long lot = lotOfANight(BatchStatus.FAILED, "2");

        String outcome = new PartitionRequestHandler(jobRepository, lotStep)
                .handle(RemotePartitioning.request(RemotePartitioning.WORKER_STEP, lot));

        assertThat(outcome).isEqualTo("perimee");
        assertThat(runs).hasValue(0);
    }

    @Test
    void anUnknownOrUnreadableRequestIsDropped() throws Exception {
        PartitionRequestHandler handler = new PartitionRequestHandler(jobRepository, lotStep);

        assertThat(handler.handle(RemotePartitioning.request(RemotePartitioning.WORKER_STEP, 987_654_321L)))
                .isEqualTo("inconnue");
        assertThat(handler.handle(RemotePartitioning.request("autre-etape", 1))).isEqualTo("inconnue");
        assertThat(handler.handle("n'importe quoi")).isEqualTo("illisible");
        assertThat(handler.handle("analyse-lot\tpas-un-nombre")).isEqualTo("illisible");
        assertThat(runs).hasValue(0);
    }
}
