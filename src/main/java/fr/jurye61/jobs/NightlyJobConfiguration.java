package fr.jurye61.jobs;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.jobs.packs.PackBuilder;
import fr.jurye61.jobs.packs.PackStep;
import fr.jurye61.io.csv.IngestionItem;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.RunHistory;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.evaluation.CandidateReader;
import fr.jurye61.jobs.evaluation.EvaluationProcessor;
import fr.jurye61.jobs.evaluation.EvaluationWriter;
import fr.jurye61.jobs.ingestion.DuplicateResolutionTasklet;
import fr.jurye61.jobs.ingestion.IngestionProcessor;
import fr.jurye61.jobs.ingestion.IngestionReader;
import fr.jurye61.jobs.ingestion.IngestionWriter;
import fr.jurye61.jobs.ingestion.ReconciliationTasklet;
import fr.jurye61.jobs.ingestion.RequiredInputsTasklet;
import fr.jurye61.jobs.ingestion.SnapshotTasklet;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.init.ResourceDatabasePopulator;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: freeze the input folder (snapshot), ingest every input file (one chunk step per kind), resolve duplicate
 * registrations, reconcile the row counts, run the rules on every candidate, then write the reports.
 */
@Configuration
public class NightlyJobConfiguration {
    public static final String JOB_NAME = "nightly";
    private static final int CHUNK_SIZE = 100;

    @Bean
    public StateStore stateStore(DataSource dataSource) {
        new ResourceDatabasePopulator(new ClassPathResource("db/schema-jury.sql")).execute(dataSource);
        return new StateStore(new JdbcTemplate(dataSource));
    }

    @Bean
    public RunHistory runHistory(DataSource dataSource) {
        return new RunHistory(new JdbcTemplate(dataSource));
    }

    /** Test faults (a forked night dies or loses its writes on demand); inert without jury.test.* properties. */
    private static final FaultInjection FAULTS = new FaultInjection();

    @Bean
    static org.springframework.beans.factory.config.BeanPostProcessor faultInjectionDataSource() {
        return new org.springframework.beans.factory.config.BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource ? FaultInjection.wrap(dataSource) : bean;
            }
        };
    }

    @Bean
    public Job nightlyJob(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            RunHistory history) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(taskletStep("instantane", new SnapshotTasklet(store), jobRepository, tm))
                .next(ingestionStep(InputKind.COMMISSIONS, jobRepository, tm, store))
                .next(ingestionStep(InputKind.INSCRIPTIONS, jobRepository, tm, store))
                .next(taskletStep("fichiers-obligatoires", new RequiredInputsTasklet(store), jobRepository, tm))
                .next(taskletStep("dedoublonnage", new DuplicateResolutionTasklet(store), jobRepository, tm))
                .next(ingestionStep(InputKind.PIECES, jobRepository, tm, store))
                .next(ingestionStep(InputKind.DEPOTS, jobRepository, tm, store))
                .next(ingestionStep(InputKind.GRILLES, jobRepository, tm, store))
                .next(ingestionStep(InputKind.DECISIONS, jobRepository, tm, store))
                .next(taskletStep("rapprochement", new ReconciliationTasklet(store), jobRepository, tm))
                .next(evaluationStep(jobRepository, tm, store))
                .next(taskletStep("sorties-csv", new CsvReportsTasklet(store), jobRepository, tm))
                .next(packStep(jobRepository, tm, store))
                .next(taskletStep("notices", new NoticesTasklet(store), jobRepository, tm))
                .next(taskletStep("audit", new AuditReportTasklet(store, history), jobRepository, tm))
                .next(taskletStep("publication", new PublicationTasklet(store), jobRepository, tm))
                .build();
    }

    /** A one-shot step (a tasklet), with the test faults' listener as every step has. */
    static Step taskletStep(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet,
            JobRepository jobRepository, PlatformTransactionManager tm) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, tm)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) new StepProgressListener())
                .listener((org.springframework.batch.core.listener.StepExecutionListener) FAULTS).build();
    }

    /** Every candidate through the rule engine (report analysed): findings, checks and outcome stored with the run. */
    static Step evaluationStep(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store) {
        CandidateReader reader = new CandidateReader(store);
        return new StepBuilder("evaluation", jobRepository)
                .<Candidate, fr.jurye61.jobs.evaluation.EvaluatedCandidate>chunk(20)
                .transactionManager(tm)
                .reader(reader)
                .processor(new EvaluationProcessor(store))
                .writer(new EvaluationWriter(store))
                // Spring Batch 6 runs the processor of each chunk on this executor: PDF analysis on every core.
                .taskExecutor(analysisExecutor())
                .listener((org.springframework.batch.core.listener.StepListener) new StepProgressListener(reader,
                        "candidat", true))
                .listener((org.springframework.batch.core.listener.StepListener) FAULTS)
                .build();
    }

    /** One commission pack per item: built in a temporary folder, then published in place of the old one. */
    static Step packStep(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store) {
        PackStep.CommissionReader reader = new PackStep.CommissionReader(store);
        return new StepBuilder("dossiers", jobRepository)
                .<Commission, PackBuilder.Built>chunk(Runtime.getRuntime().availableProcessors())
                .transactionManager(tm)
                .reader(reader)
                .processor(new PackStep.PackProcessor(store))
                .writer(new PackStep.PackWriter(store))
                .taskExecutor(analysisExecutor())
                .listener((org.springframework.batch.core.listener.StepListener) new StepProgressListener(reader,
                        "dossier", true))
                .listener((org.springframework.batch.core.listener.StepListener) FAULTS)
                .build();
    }

    /** As many threads as cores: analysis is CPU-bound; each thread opens its own PDDocument. */
    static org.springframework.core.task.AsyncTaskExecutor analysisExecutor() {
        org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor executor =
                new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();
        int cores = Runtime.getRuntime().availableProcessors();
        executor.setCorePoolSize(cores);
        executor.setMaxPoolSize(cores);
        executor.setThreadNamePrefix("analyse-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    /** One chunk step per input kind: read rows, parse and check them, store the outcome. */
    static Step ingestionStep(InputKind kind, JobRepository jobRepository, PlatformTransactionManager tm,
            StateStore store) {
        IngestionReader reader = new IngestionReader(kind, store);
        return new StepBuilder("ingestion-" + kind.name().toLowerCase(Locale.ROOT), jobRepository)
                .<IngestionItem, IngestionItem>chunk(CHUNK_SIZE)
                .transactionManager(tm)
                .reader(reader)
                .processor(new IngestionProcessor(kind, store))
                .writer(new IngestionWriter(store))
                .listener((org.springframework.batch.core.listener.StepListener) new StepProgressListener(reader,
                        "ligne", false))
                .listener((org.springframework.batch.core.listener.StepListener) FAULTS)
                .build();
    }
}
