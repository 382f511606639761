package fr.jurye61.jobs.remote;

import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.night.NightInputs;
import jakarta.jms.ConnectionFactory;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.ExitStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.listener.StepExecutionListener;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.StepExecution;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.batch.integration.partition.MessageChannelPartitionHandler;
import org.springframework.batch.integration.partition.StepExecutionRequest;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.integration.channel.DirectChannel;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.core.MessagingTemplate;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;

/**
 * The manager of a distributed night (nightly --workers): the night's documents go to the
 * workers in lots over JMS, and the manager polls the job repository (the shared base) until
 * every lot is done or the timeout passes. Ingestion, the rules, the decisions and the
 * publication stay here: the evaluation then finds every analysis in the shared cache.
 */
@Configuration
@EnableIntegration
@ConditionalOnProperty(name = RemotePartitioning.ROLE, havingValue = RemotePartitioning.MANAGER)
public class ManagerConfiguration {

    /** The broker the workers connect to: embedded on a TCP port unless an external one is given. */
    @Bean(destroyMethod = "close")
    public AutoCloseable lotBroker(@Value("${" + RemotePartitioning.BROKER + ":}") String broker,
            @Value("${" + RemotePartitioning.PORT + ":61616}") int port,
            @Value("${" + RemotePartitioning.JOURNAL + "}") String journal) throws Exception {
        return broker.isBlank() ? new EmbeddedBroker(port, Path.of(journal)) : () -> { };
    }

    @Bean(destroyMethod = "close")
    public ActiveMQConnectionFactory lotConnectionFactory(AutoCloseable lotBroker,
            @Value("${" + RemotePartitioning.BROKER + ":}") String broker,
            @Value("${" + RemotePartitioning.PORT + ":61616}") int port) {
        return new ActiveMQConnectionFactory(RemotePartitioning.clientUrl(broker.isBlank()
                ? "tcp://localhost:" + port : broker));
    }

    @Bean
    public DirectChannel lotRequests() {
        return new DirectChannel();
    }

    /** Each lot request as text on the queue (persistent: it outlives a broker restart). */
    @Bean
    public IntegrationFlow lotRequestsToBroker(DirectChannel lotRequests, ActiveMQConnectionFactory lotConnectionFactory) {
        ConnectionFactory factory = lotConnectionFactory;
        return IntegrationFlow.from(lotRequests)
                .<StepExecutionRequest, String>transform(r -> RemotePartitioning.request(r.getStepName(),
                        r.getStepExecutionId()))
                .handle(Jms.outboundAdapter(factory).destination(RemotePartitioning.QUEUE))
                .get();
    }

    @Bean
    public RemoteAnalysis remoteAnalysis(JobRepository jobRepository, StateStore store, NightInputs nightInputs,
            DirectChannel lotRequests, @Value("${" + RemotePartitioning.LOTS + ":16}") int lots,
            @Value("${" + RemotePartitioning.TIMEOUT_MINUTES + ":120}") long timeoutMinutes) throws Exception {
        MessageChannelPartitionHandler handler = new MessageChannelPartitionHandler();
        handler.setStepName(RemotePartitioning.WORKER_STEP);
        handler.setGridSize(lots);
        MessagingTemplate template = new MessagingTemplate();
        template.setDefaultChannel(lotRequests);
        handler.setMessagingOperations(template);
        // polling mode: the workers answer through the job repository, not through a reply queue
        handler.setJobRepository(jobRepository);
        handler.setPollInterval(500);
        handler.setTimeout(TimeUnit.MINUTES.toMillis(timeoutMinutes));
        handler.afterPropertiesSet();
        return new RemoteAnalysis(new StepBuilder(RemotePartitioning.MANAGER_STEP, jobRepository)
                .partitioner(RemotePartitioning.WORKER_STEP, new DocumentPartitioner(store, nightInputs))
                .partitionHandler(handler)
                .listener(new LotFailures(jobRepository, timeoutMinutes))
                .listener((StepExecutionListener) new fr.jurye61.jobs.night.StepProgressListener())
                .build());
    }

    /**
     * A failed lot's reason, in French, on the manager's step: the night's console then says why
     * (a worker that cannot see the files, workers that did not finish in time).
     */
    static final class LotFailures implements StepExecutionListener {
        private final JobRepository jobRepository;
        private final long timeoutMinutes;

        LotFailures(JobRepository jobRepository, long timeoutMinutes) {
            this.jobRepository = jobRepository;
            this.timeoutMinutes = timeoutMinutes;
        }

        @Override
        public ExitStatus afterStep(StepExecution manager) {
            if (manager.getStatus() == BatchStatus.COMPLETED) {
                return null;
            }
            JobExecution night = jobRepository.getJobExecution(manager.getJobExecutionId());
            List<String> reasons = new ArrayList<>();
            int unfinished = 0;
            for (StepExecution lot : night == null ? List.<StepExecution>of() : night.getStepExecutions()) {
                if (!lot.getStepName().startsWith(RemotePartitioning.WORKER_STEP + ":")) {
                    continue;
                }
                if (lot.getStatus() == BatchStatus.FAILED) {
                    reasons.add(lot.getExecutionContext().containsKey(RemotePartitioning.LOT_REASON)
                            ? lot.getExecutionContext().getString(RemotePartitioning.LOT_REASON)
                            : firstLine(lot.getExitStatus().getExitDescription()));
                } else if (lot.getStatus().isRunning()) {
                    unfinished++;
                }
            }
            reasons.stream().distinct().forEach(r -> manager.addFailureException(new IllegalStateException(r)));
            if (unfinished > 0) {
                manager.addFailureException(new IllegalStateException(unfinished + " lot(s) d'analyse non terminé(s) par "
                        + "les travailleurs en " + timeoutMinutes + " min : vérifier qu'au moins un travailleur tourne "
                        + "(jury-e61 worker --base … --broker …) ; relancer la même commande reprend la nuit"));
            }
            return null;
        }

        /** The innermost « …Exception: message » of a lot's stack trace, as the message alone. */
        static String firstLine(String description) {
            List<String> lines = description == null ? List.of() : description.lines().toList();
            String line = lines.isEmpty() ? "" : lines.get(0);
            for (String l : lines) {
                if (l.startsWith("Caused by: ")) {
                    line = l.substring("Caused by: ".length());
                }
            }
            int colon = line.indexOf(": ");
            return colon > 0 && !line.substring(0, colon).contains(" ") ? line.substring(colon + 2) : line;
        }
    }
}
