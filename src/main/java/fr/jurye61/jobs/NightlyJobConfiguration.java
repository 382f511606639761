package fr.jurye61.jobs;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.jobs.packs.PackBuilder;
import fr.jurye61.jobs.packs.PackStep;
import fr.jurye61.domain.Evaluation;
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

    @Bean
    public Job nightlyJob(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            RunHistory history) {
        return new JobBuilder(JOB_NAME, jobRepository)
                .start(new StepBuilder("instantane", jobRepository)
                        .tasklet(new SnapshotTasklet(store), tm).build())
                .next(ingestionStep(InputKind.COMMISSIONS, jobRepository, tm, store))
                .next(ingestionStep(InputKind.INSCRIPTIONS, jobRepository, tm, store))
                .next(new StepBuilder("dedoublonnage", jobRepository)
                        .tasklet(new DuplicateResolutionTasklet(store), tm).build())
                .next(ingestionStep(InputKind.PIECES, jobRepository, tm, store))
                .next(ingestionStep(InputKind.DEPOTS, jobRepository, tm, store))
                .next(ingestionStep(InputKind.GRILLES, jobRepository, tm, store))
                .next(ingestionStep(InputKind.DECISIONS, jobRepository, tm, store))
                .next(new StepBuilder("rapprochement", jobRepository)
                        .tasklet(new ReconciliationTasklet(store), tm).build())
                .next(evaluationStep(jobRepository, tm, store))
                .next(new StepBuilder("sorties-csv", jobRepository)
                        .tasklet(new CsvReportsTasklet(store), tm).build())
                .next(packStep(jobRepository, tm, store))
                .next(new StepBuilder("notices", jobRepository)
                        .tasklet(new NoticesTasklet(store), tm).build())
                .next(new StepBuilder("audit", jobRepository)
                        .tasklet(new AuditReportTasklet(store, history), tm).build())
                .next(new StepBuilder("publication", jobRepository)
                        .tasklet(new PublicationTasklet(store), tm).build())
                .build();
    }

    /** Every candidate through the rule engine (report analysed): findings, checks and outcome stored with the run. */
    static Step evaluationStep(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store) {
        CandidateReader reader = new CandidateReader(store);
        return new StepBuilder("evaluation", jobRepository)
                .<Candidate, Evaluation>chunk(20)
                .transactionManager(tm)
                .reader(reader)
                .processor(new EvaluationProcessor(store))
                .writer(new EvaluationWriter(store))
                // Spring Batch 6 runs the processor of each chunk on this executor: PDF analysis on every core.
                .taskExecutor(analysisExecutor())
                .listener((org.springframework.batch.core.listener.StepExecutionListener) new StepProgressListener(reader))
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
                .listener((org.springframework.batch.core.listener.StepExecutionListener) new StepProgressListener(reader))
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
                .listener((org.springframework.batch.core.listener.StepExecutionListener) new StepProgressListener(reader))
                .build();
    }
}
