package fr.jurye61.jobs.remote;

import fr.jurye61.io.db.StateStore;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.integration.config.EnableIntegration;
import org.springframework.integration.dsl.IntegrationFlow;
import org.springframework.integration.jms.dsl.Jms;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A worker (jury-e61 worker): takes one lot request at a time from the broker, in a transacted
 * JMS session, and runs the lot's step with the shared base; the analyses go to the shared cache.
 */
@Configuration
@EnableIntegration
@ConditionalOnProperty(name = RemotePartitioning.ROLE, havingValue = RemotePartitioning.WORKER)
public class WorkerConfiguration {

    @Bean(destroyMethod = "close")
    public ActiveMQConnectionFactory lotConnectionFactory(@Value("${" + RemotePartitioning.BROKER + "}") String broker) {
        return new ActiveMQConnectionFactory(RemotePartitioning.clientUrl(broker));
    }

    /** One lot: its documents analysed on every core of this machine, each result cached as it comes. */
    @Bean
    public Step analyseLot(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            AsyncTaskExecutor analysisExecutor) {
        PartitionDocumentsReader reader = new PartitionDocumentsReader();
        return new StepBuilder(RemotePartitioning.WORKER_STEP, jobRepository)
                // a commit per chunk writes the lot's progress to the shared base: not one per document
                .<DocumentWork, DocumentWork>chunk(20)
                .transactionManager(tm)
                .reader(reader)
                .processor(new DocumentWorkProcessor(store.cache()))
                .writer(chunk -> { })
                .taskExecutor(analysisExecutor)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) reader)
                .listener(new LotReason())
                .build();
    }

    /**
     * A failed lot's innermost reason (the French message of a worker that cannot see the files),
     * kept in the lot's execution context, where the manager reads it: the job repository's exit
     * description is a stack trace cut at its column's length.
     */
    static final class LotReason implements org.springframework.batch.core.listener.StepExecutionListener {
        @Override
        public org.springframework.batch.core.ExitStatus afterStep(org.springframework.batch.core.step.StepExecution lot) {
            for (Throwable failure : lot.getFailureExceptions()) {
                Throwable root = org.springframework.core.NestedExceptionUtils.getMostSpecificCause(failure);
                if (root.getMessage() != null) {
                    lot.getExecutionContext().putString(RemotePartitioning.LOT_REASON, root.getMessage());
                    break;
                }
            }
            return null;
        }
    }

    @Bean
    public IntegrationFlow lotRequestsFromBroker(ActiveMQConnectionFactory lotConnectionFactory,
            JobRepository jobRepository, Step analyseLot) {
        PartitionRequestHandler handler = new PartitionRequestHandler(jobRepository, analyseLot);
        return IntegrationFlow.from(Jms.messageDrivenChannelAdapter((jakarta.jms.ConnectionFactory) lotConnectionFactory)
                        .destination(RemotePartitioning.QUEUE)
                        // the request is acknowledged when its lot has run: a killed worker's goes to another
                        .configureListenerContainer(c -> c.sessionTransacted(true).concurrentConsumers(1)
                                .maxConcurrentConsumers(1).recoveryInterval(1000L)))
                .handle(String.class, (payload, headers) -> {
                    try {
                        handler.handle(payload);
                    } catch (RuntimeException e) {
                        throw e;
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                    return null;
                })
                .get();
    }
}
