package fr.jurye61.jobs;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.io.csv.IngestionItem;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.RunHistory;
import fr.jurye61.io.db.StateSchema;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.jobs.evaluation.EvaluationProcessor;
import fr.jurye61.jobs.evaluation.EvaluationWriter;
import fr.jurye61.jobs.ingestion.DuplicateRejectionsTasklet;
import fr.jurye61.jobs.ingestion.IngestionProcessor;
import fr.jurye61.jobs.ingestion.IngestionReader;
import fr.jurye61.jobs.ingestion.IngestionWriter;
import fr.jurye61.jobs.ingestion.ReconciliationTasklet;
import fr.jurye61.jobs.ingestion.RequiredInputsTasklet;
import fr.jurye61.jobs.ingestion.SnapshotTasklet;
import fr.jurye61.jobs.night.NightInputs;
import fr.jurye61.jobs.night.RunContext;
import fr.jurye61.jobs.night.RunListReader;
import fr.jurye61.jobs.night.StepProgressListener;
import fr.jurye61.jobs.packs.PackBuilder;
import fr.jurye61.jobs.packs.PackProcessor;
import fr.jurye61.jobs.packs.PackWriter;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.batch.core.configuration.annotation.JobScope;
import org.springframework.batch.core.job.Job;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.batch.core.job.builder.JobBuilder;
import org.springframework.batch.core.repository.JobRepository;
import org.springframework.batch.core.step.Step;
import org.springframework.batch.core.step.builder.StepBuilder;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.task.AsyncTaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * The nightly job: freeze the input folder (snapshot), ingest every input file (one chunk step per kind), resolve duplicate
 * registrations, reconcile the row counts, run the rules on every candidate, then write the reports.
 */
@Configuration
public class NightlyJobConfiguration {
    public static final String JOB_NAME = "nightly";
    /** Steps whose execution contexts the night's summary reads (NightlyRunner.summary). */
    static final String PACKS_STEP = "dossiers";
    static final String LETTERS_STEP = "courriers";
    static final String AUDIT_STEP = "audit";
    private static final int CHUNK_SIZE = 100;

    @Bean
    @org.springframework.boot.sql.init.dependency.DependsOnDatabaseInitialization // after the job repository's schema
    public StateStore stateStore(DataSource dataSource,
            @Value("${jury.schema.creer:true}") boolean createSchema) {
        if (createSchema) { // a worker leaves it to the manager: two JVMs creating tables at once collide
            StateSchema.create(dataSource);
        }
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

    /**
     * The night, step by step (output.md); each step is a bean of its own below, named as the job
     * repository knows it (a resumed night finds its steps by these names).
     */
    @Bean
    public Job nightlyJob(JobRepository jobRepository, Step instantane, Step ingestionCommissions,
            Step ingestionInscriptions, Step fichiersObligatoires, Step dedoublonnage, Step ingestionPieces,
            Step ingestionDepots, Step ingestionGrilles, Step ingestionDecisions, Step rapprochement, Step evaluation,
            Step sortiesCsv, Step dossiers, Step notices, Step courriers, Step audit, Step publication,
            org.springframework.beans.factory.ObjectProvider<fr.jurye61.jobs.remote.RemoteAnalysis> remoteAnalysis) {
        org.springframework.batch.core.job.builder.SimpleJobBuilder job = new JobBuilder(JOB_NAME, jobRepository)
                .start(instantane)
                .next(ingestionCommissions)
                .next(ingestionInscriptions)
                .next(fichiersObligatoires)
                .next(dedoublonnage)
                .next(ingestionPieces)
                .next(ingestionDepots)
                .next(ingestionGrilles)
                .next(ingestionDecisions)
                .next(rapprochement);
        // a distributed night (nightly --workers): the documents analysed by the workers first
        remoteAnalysis.ifAvailable(remote -> job.next(remote.step()));
        return job.next(evaluation)
                .next(sortiesCsv)
                .next(dossiers)
                .next(notices)
                .next(courriers)
                .next(audit)
                .next(publication)
                .build();
    }

    /** The input folder frozen: every later step reads this snapshot. */
    @Bean
    public Step instantane(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store) {
        return taskletStep("instantane", new SnapshotTasklet(store), jobRepository, tm);
    }

    /**
     * The night's snapshot and session parameters, loaded once per job execution and shared by
     * the steps (a resumed night, a new execution, loads them again from the same snapshot).
     */
    @Bean
    @JobScope
    public NightInputs nightInputs(@Value("#{jobExecution}") JobExecution jobExecution, StateStore store) {
        return new NightInputs(RunContext.of(jobExecution), store);
    }

    @Bean
    public Step ingestionCommissions(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            NightInputs nightInputs) {
        return ingestionStep(InputKind.COMMISSIONS, jobRepository, tm, store, nightInputs);
    }

    @Bean
    public Step ingestionInscriptions(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            NightInputs nightInputs) {
        return ingestionStep(InputKind.INSCRIPTIONS, jobRepository, tm, store, nightInputs);
    }

    /** A required file rejected whole stops the night (exit 2). */
    @Bean
    public Step fichiersObligatoires(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store) {
        return taskletStep("fichiers-obligatoires", new RequiredInputsTasklet(store), jobRepository, tm);
    }

    /** Identical registrations kept once, conflicting ones all rejected. */
    @Bean
    public Step dedoublonnage(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store) {
        return taskletStep("dedoublonnage", new DuplicateRejectionsTasklet(store), jobRepository, tm);
    }

    @Bean
    public Step ingestionPieces(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            NightInputs nightInputs) {
        return ingestionStep(InputKind.PIECES, jobRepository, tm, store, nightInputs);
    }

    @Bean
    public Step ingestionDepots(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            NightInputs nightInputs) {
        return ingestionStep(InputKind.DEPOTS, jobRepository, tm, store, nightInputs);
    }

    @Bean
    public Step ingestionGrilles(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            NightInputs nightInputs) {
        return ingestionStep(InputKind.GRILLES, jobRepository, tm, store, nightInputs);
    }

    @Bean
    public Step ingestionDecisions(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            NightInputs nightInputs) {
        return ingestionStep(InputKind.DECISIONS, jobRepository, tm, store, nightInputs);
    }

    /** Per file: rows read = accepted + rejected, else the night fails before publishing anything. */
    @Bean
    public Step rapprochement(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store) {
        return taskletStep("rapprochement", new ReconciliationTasklet(store), jobRepository, tm);
    }

    /** rejets.csv, decisions.csv, constats.csv and constats.sarif. */
    @Bean
    public Step sortiesCsv(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store) {
        return taskletStep("sorties-csv", new CsvAndSarifReportsTasklet(store), jobRepository, tm);
    }

    /** notices/president-jury.csv and .pdf. */
    @Bean
    public Step notices(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            NightInputs nightInputs) {
        return taskletStep("notices", new PresidentNoticesTasklet(store, nightInputs), jobRepository, tm);
    }

    /** courriers/: the letters asking for what is missing, per school, and courriers/suivi.csv. */
    @Bean
    public Step courriers(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            NightInputs nightInputs) {
        return taskletStep(LETTERS_STEP, new LettersTasklet(store, nightInputs), jobRepository, tm);
    }

    /** changements.csv and rapport-audit.html. */
    @Bean
    public Step audit(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            RunHistory history, NightInputs nightInputs) {
        return taskletStep(AUDIT_STEP, new AuditReportAndChangesTasklet(store, history, nightInputs), jobRepository, tm);
    }

    /** The night's pointer swapped: every output of this night at once. */
    @Bean
    public Step publication(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store) {
        return taskletStep("publication", new PublicationTasklet(store), jobRepository, tm);
    }

    /** A one-shot step (a tasklet), with the test faults' listener as every step has. */
    static Step taskletStep(String name, org.springframework.batch.core.step.tasklet.Tasklet tasklet,
            JobRepository jobRepository, PlatformTransactionManager tm) {
        return new StepBuilder(name, jobRepository).tasklet(tasklet, tm)
                .listener((org.springframework.batch.core.listener.StepExecutionListener) new StepProgressListener())
                .listener((org.springframework.batch.core.listener.StepExecutionListener) FAULTS).build();
    }

    /** Every candidate through the rule engine (report analysed): findings, checks and outcome stored with the run. */
    @Bean
    public Step evaluation(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            AsyncTaskExecutor analysisExecutor, NightInputs nightInputs) {
        // the run's accepted registrations, sorted by number; a restart skips those already evaluated
        RunListReader<Candidate> reader = new RunListReader<>("lecture-candidats", run -> store.candidates(run.runId()));
        return new StepBuilder("evaluation", jobRepository)
                .<Candidate, fr.jurye61.jobs.evaluation.EvaluatedCandidate>chunk(20)
                .transactionManager(tm)
                .reader(reader)
                .processor(new EvaluationProcessor(store, nightInputs))
                .writer(new EvaluationWriter(store))
                // Spring Batch 6 runs the processor of each chunk on this executor: PDF analysis on every core.
                .taskExecutor(analysisExecutor)
                .listener((org.springframework.batch.core.listener.StepListener) new StepProgressListener(reader,
                        "candidat", true))
                .listener((org.springframework.batch.core.listener.StepListener) FAULTS)
                .build();
    }

    /** One commission pack per item: built in a temporary folder, then published in place of the old one. */
    @Bean
    public Step dossiers(JobRepository jobRepository, PlatformTransactionManager tm, StateStore store,
            AsyncTaskExecutor analysisExecutor, NightInputs nightInputs) {
        RunListReader<Commission> reader = new RunListReader<>("lecture-commissions",
                run -> store.commissions(run.runId()));
        return new StepBuilder(PACKS_STEP, jobRepository)
                .<Commission, PackBuilder.Built>chunk(Runtime.getRuntime().availableProcessors())
                .transactionManager(tm)
                .reader(reader)
                .processor(new PackProcessor(store, nightInputs))
                .writer(new PackWriter(store))
                .taskExecutor(analysisExecutor)
                .listener((org.springframework.batch.core.listener.StepListener) new StepProgressListener(reader,
                        "dossier", true))
                .listener((org.springframework.batch.core.listener.StepListener) FAULTS)
                .build();
    }

    /**
     * As many threads as cores: analysis is CPU-bound; each thread opens its own PDDocument. One
     * pool for the evaluation and the packs, shut down with the context.
     */
    @Bean(destroyMethod = "shutdown")
    public ThreadPoolTaskExecutor analysisExecutor(@Value("${jury.fils:0}") int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        // jury.fils: a worker sharing its machine with others takes its share of the cores (worker --fils)
        int cores = threads > 0 ? threads : Runtime.getRuntime().availableProcessors();
        executor.setCorePoolSize(cores);
        executor.setMaxPoolSize(cores);
        executor.setThreadNamePrefix("analyse-");
        executor.setDaemon(true);
        executor.initialize();
        return executor;
    }

    /** One chunk step per input kind: read rows, parse and check them, store the outcome. */
    static Step ingestionStep(InputKind kind, JobRepository jobRepository, PlatformTransactionManager tm,
            StateStore store, NightInputs nightInputs) {
        RunListReader<IngestionItem> reader = IngestionReader.of(kind, store, nightInputs);
        return new StepBuilder("ingestion-" + kind.name().toLowerCase(Locale.ROOT), jobRepository)
                .<IngestionItem, IngestionItem>chunk(CHUNK_SIZE)
                .transactionManager(tm)
                .reader(reader)
                .processor(new IngestionProcessor(kind, store, nightInputs))
                .writer(new IngestionWriter(store))
                .listener((org.springframework.batch.core.listener.StepListener) new StepProgressListener(reader,
                        "ligne", false))
                .listener((org.springframework.batch.core.listener.StepListener) FAULTS)
                .build();
    }
}
