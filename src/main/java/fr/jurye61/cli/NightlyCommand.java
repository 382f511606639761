package fr.jurye61.cli;

import fr.jurye61.io.config.ConfigurationException;
import fr.jurye61.io.config.SessionPropertiesLoader;
import fr.jurye61.io.csv.InputKind;
import fr.jurye61.io.db.StateBase;
import fr.jurye61.io.db.StateDatabase;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.io.input.InputFolder;
import fr.jurye61.io.input.InputSnapshot;
import fr.jurye61.io.input.NightFingerprint;
import fr.jurye61.jobs.BatchApplication;
import fr.jurye61.jobs.NightlyRunner;
import fr.jurye61.jobs.UnchangedNight;
import fr.jurye61.jobs.night.NightConsole;
import fr.jurye61.jobs.night.NightSummary;
import fr.jurye61.jobs.night.StepProgressListener;
import fr.jurye61.reports.OutputFolder;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.batch.core.BatchStatus;
import org.springframework.batch.core.job.JobExecution;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The nightly job: ingest, decide, assemble packs, write reports (output.md). */
@Command(name = "nightly", mixinStandardHelpOptions = true,
        description = {"Exécute le traitement de nuit sur un dossier d'entrée : lecture des fichiers déposés, "
                + "recevabilité et conformité de chaque candidat, dossiers des commissions, rapports.",
                "Relancée après un échec, la même commande reprend la nuit interrompue."},
        exitCodeList = {"0:nuit terminée (ou aucun changement depuis la dernière)",
                "1:la nuit a échoué : relancer la même commande la reprend",
                "2:erreur de configuration (dossiers, session.properties, fichier obligatoire absent) : rien n'est écrit",
                "3:une autre exécution utilise déjà le même état ou la même sortie"},
        footer = "  jury-e61 nightly --input /srv/e61/input --output /srv/e61/sorties")
public class NightlyCommand implements Callable<Integer> {
    private static final Logger LOG = LoggerFactory.getLogger(NightlyCommand.class);
    static final String LOCK_FILE = StateDatabase.LOCK_FILE;

    @Option(names = "--input", required = true, paramLabel = "<dossier>",
            description = "Dossier déposé par le service des examens (jamais modifié).")
    Path input;

    @Option(names = "--output", required = true, paramLabel = "<dossier>",
            description = "Dossier des résultats, créé s'il n'existe pas.")
    Path output;

    @Option(names = "--state", defaultValue = "var", paramLabel = "<dossier>",
            description = "Base d'état, gardée d'une nuit à l'autre (défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    Path state;

    @picocli.CommandLine.Mixin
    BaseOptions baseOptions = new BaseOptions();

    @Option(names = "--workers", description = "Nuit répartie : l'analyse des rapports, pièces et grilles est confiée "
            + "aux travailleurs (jury-e61 worker) par lots, via le courtier ; le reste de la nuit se fait ici. Demande "
            + "--base (la base partagée) et des dossiers d'entrée et d'état vus au même chemin par chaque machine.")
    boolean workers;

    @Option(names = "--broker", paramLabel = "<tcp://hôte:port>", description = "Courtier JMS (Artemis) externe de la "
            + "nuit répartie ; sans lui, la nuit embarque le sien sur --broker-port.")
    String broker;

    @Option(names = "--broker-port", defaultValue = "61616", paramLabel = "<port>",
            description = "Port TCP du courtier embarqué (défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    int brokerPort;

    @Option(names = "--lots", defaultValue = "16", paramLabel = "<n>",
            description = "Nombre de lots d'analyse, équilibrés par taille (défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    int lots;

    @Option(names = "--delai-travailleurs", defaultValue = "120", paramLabel = "<minutes>",
            description = "Délai au-delà duquel des lots non terminés font échouer la nuit, qui reprend à la relance "
                    + "(défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    long workersTimeout;

    @Option(names = "--nuit-complete", description = "Refait la nuit entière même si rien n'a changé depuis la "
            + "dernière nuit complète, et réévalue chaque candidat (sans reprendre l'évaluation d'entrées inchangées).")
    boolean fullNight;

    private Path logFile;
    /** The input folder as it stood before anything started: compared with the last night's. */
    private List<InputFolder.Observed> observed;

    private long started;
    private StateBase base;

    @Override
    public Integer call() throws Exception {
        started = System.nanoTime();
        try {
            observed = checkConfiguration(input, output, state);
            base = baseOptions.resolve(state);
            checkDistribution();
        } catch (ConfigurationException e) {
            System.err.println("Erreur de configuration : " + e.getMessage());
            return JuryE61.USAGE;
        }
        boolean newState = !StateDatabase.exists(base, state);
        Files.createDirectories(state);
        try (FileChannel channel = FileChannel.open(state.resolve(LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel)) {
            if (lock == null) {
                System.err.println("Une autre exécution utilise déjà l'état " + state.toAbsolutePath()
                        + " : exécution refusée.");
                return JuryE61.LOCKED;
            }
            AutoCloseable baseLock;
            try {
                baseLock = StateDatabase.tryLock(base);
            } catch (java.sql.SQLException e) {
                System.err.println("Erreur de configuration : " + StateDatabase.Damaged.unreachable(base, e).getMessage());
                return JuryE61.USAGE;
            }
            if (baseLock == null) {
                System.err.println("Une autre exécution utilise déjà la base d'état " + base.display()
                        + " : exécution refusée.");
                return JuryE61.LOCKED;
            }
            try (AutoCloseable held = baseLock) {
                return runLocked(newState);
            }
        }
    }

    /** The night, once the state (folder and base) is this run's alone. */
    private int runLocked(boolean newState) throws Exception {
        Files.createDirectories(output);
        if (!OutputFolder.supportsLinks(output)) {
            System.err.println("Erreur de configuration : le dossier de sortie " + output.toAbsolutePath()
                    + " n'accepte pas les liens symboliques, qui publient chaque nuit d'un seul coup : "
                    + "choisir un dossier sur un disque local.");
            return JuryE61.USAGE;
        }
        // Two runs with different states must not mix their outputs either: the output folder has its own lock.
        try (FileChannel outputChannel = FileChannel.open(output.resolve(OutputFolder.LOCK),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock outputLock = tryLock(outputChannel)) {
            if (outputLock == null) {
                System.err.println("Une autre exécution écrit déjà dans le dossier de sortie "
                        + output.toAbsolutePath() + " : exécution refusée.");
                return JuryE61.LOCKED;
            }
            logFile = RunLog.attach(state);
            NightConsole.say("Nuit E6.1 : entrées " + input.toAbsolutePath().normalize() + ", sorties "
                    + output.toAbsolutePath().normalize() + ", état " + state.toAbsolutePath().normalize()
                    + (base.isEmbedded() ? "" : " (base " + base.display() + ")") + " ("
                    + observed.size() + " fichiers et dossiers d'entrée).");
            if (workers) {
                NightConsole.say("Nuit répartie : " + lots + " lots d'analyse au plus pour les travailleurs, courtier "
                        + (broker == null ? "embarqué sur le port " + brokerPort : broker) + " ; sur chaque machine : "
                        + "jury-e61 worker --base " + base.display() + " --broker " + (broker == null
                                ? "tcp://" + fr.jurye61.jobs.remote.RemotePartitioning.hostName() + ":" + brokerPort : broker) + ".");
            }
            if (newState) {
                NightConsole.say("Nouvel état créé dans " + (base.isEmbedded() ? state.toAbsolutePath().normalize()
                        : base.display()) + " : première nuit de cet état, changements.csv ne compare avec aucune "
                        + "nuit précédente.");
            }
            String identity = StateDatabase.identity(state);
            OutputFolder folder = new OutputFolder(output);
            Optional<String> writer = folder.writer();
            if (writer.isPresent() && !writer.get().equals(identity)) {
                NightConsole.say("Attention : le dossier de sortie " + output.toAbsolutePath().normalize()
                        + " a été écrit la dernière fois depuis un autre état (voir " + OutputFolder.WRITER
                        + ") : changements.csv compare avec la dernière nuit de l'état " + state.toAbsolutePath()
                        .normalize() + ", pas avec les résultats publiés jusqu'ici, et la comparaison avec « la nuit "
                        + "dernière » repart de zéro.");
            }
            int exit = runJob();
            if (exit == JuryE61.OK) {
                folder.recordWriter(identity, state);
            }
            return exit;
        }
    }

    /** A distributed night needs a base every machine shares, and sensible lots. */
    private void checkDistribution() {
        if (!workers) {
            if (broker != null) {
                throw new ConfigurationException("--broker est donné sans --workers : il ne sert qu'à une nuit répartie.");
            }
            return;
        }
        if (base.isEmbedded()) {
            throw new ConfigurationException("--workers demande une base partagée par toutes les machines de la nuit : "
                    + "--base jdbc:postgresql://… (la base intégrée sous --state ne se partage pas).");
        }
        if (lots < 1 || lots > 10_000) {
            throw new ConfigurationException("--lots " + lots + " : donner un nombre de lots entre 1 et 10000.");
        }
        if (workersTimeout < 1) {
            throw new ConfigurationException("--delai-travailleurs " + workersTimeout + " : donner au moins 1 minute.");
        }
        if (broker != null) {
            fr.jurye61.jobs.remote.RemotePartitioning.checkBrokerAddress(broker);
        }
    }

    /** What the run's Spring context is told: the base, and a distributed night's role and broker. */
    private Map<String, Object> contextProperties() {
        Map<String, Object> properties = new java.util.HashMap<>(base.dataSourceProperties());
        if (workers) {
            properties.put(fr.jurye61.jobs.remote.RemotePartitioning.ROLE, fr.jurye61.jobs.remote.RemotePartitioning.MANAGER);
            properties.put(fr.jurye61.jobs.remote.RemotePartitioning.BROKER, broker == null ? "" : broker);
            properties.put(fr.jurye61.jobs.remote.RemotePartitioning.PORT, brokerPort);
            properties.put(fr.jurye61.jobs.remote.RemotePartitioning.LOTS, lots);
            properties.put(fr.jurye61.jobs.remote.RemotePartitioning.TIMEOUT_MINUTES, workersTimeout);
            properties.put(fr.jurye61.jobs.remote.RemotePartitioning.JOURNAL, state.toAbsolutePath().normalize()
                    .resolve("courtier").toString());
        }
        return properties;
    }

    /**
     * The real path of a folder that may not exist yet: its deepest existing ancestor with every
     * link resolved, then the rest of the path as written.
     */
    static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute)).normalize();
        } catch (IOException e) {
            return absolute;
        }
    }

    private static Optional<ConfigurationException> configurationCause(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof ConfigurationException c) {
                return Optional.of(c);
            }
        }
        return Optional.empty();
    }

    /** The innermost message, which names the file or the problem, without a stack trace. */
    static String cause(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if (root instanceof OutOfMemoryError) {
            return "mémoire insuffisante (" + root.getMessage() + ") : relancer avec plus de mémoire (JAVA_OPTS=-Xmx2g "
                    + "dans jobs/nightly.sh) ; la même commande reprend la nuit";
        }
        String message = root.getMessage();
        return message == null || message.isBlank() ? root.getClass().getSimpleName() : message;
    }

    /** The state lock, or null when another run holds it (in this JVM or another). */
    static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    private int runJob() throws Exception {
        java.sql.Connection opened;
        NightConsole.say("Ouverture de la base d'état…");
        try {
            opened = StateDatabase.check(base, state);
        } catch (StateDatabase.Damaged e) {
            LOG.error("Damaged state", e);
            System.err.println("Erreur de configuration : " + e.getMessage());
            return JuryE61.USAGE;
        }
        if (!fullNight) {
            try {
                Optional<UnchangedNight.Unchanged> unchanged = UnchangedNight.recordIfUnchanged(opened, input, output,
                        state, observed);
                if (unchanged.isPresent()) {
                    opened.close();
                    NightConsole.say("Aucun changement depuis la nuit n° " + unchanged.get().runId() + " ("
                            + unchanged.get().files() + " fichiers d'entrée identiques) : ses résultats restent en "
                            + "place, changements.csv est vide. (--nuit-complete refait la nuit entière.)");
                    NightConsole.say("Terminé en " + elapsed() + ".");
                    return JuryE61.OK;
                }
            } catch (IOException | java.sql.SQLException e) {
                // Nothing was published by the check: a full night decides instead.
                LOG.warn("Unchanged-night check failed, running a full night", e);
            }
        }
        // From here the last fingerprint no longer describes the last night: a full night writes its own.
        NightFingerprint.forget(state);
        JobExecution execution;
        NightlyRunner.Night night;
        NightSummary summary = null;
        NightConsole.say("Démarrage du traitement de nuit…");
        try (AutoCloseable guard = opened;
                ConfigurableApplicationContext context = new SpringApplicationBuilder(BatchApplication.class)
                        .properties(contextProperties())
                        .run()) {
            guard.close(); // the run's pool holds the database open now
            StateDatabase.markInitialised(base, state);
            NightlyRunner runner = context.getBean(NightlyRunner.class);
            night = runner.run(input, output, state, fullNight);
            execution = night.execution();
            if (execution.getStatus() == BatchStatus.COMPLETED) {
                try {
                    summary = runner.summary(execution, output);
                } catch (RuntimeException e) {
                    LOG.warn("Night summary not read", e); // the night stands; only its last lines are missing
                }
            }
        }
        Optional<ConfigurationException> configuration = execution.getAllFailureExceptions().stream()
                .map(NightlyCommand::configurationCause).flatMap(Optional::stream).findFirst();
        if (configuration.isPresent()) {
            // an input the night cannot go without: nothing was published, last night's outputs stay
            System.err.println("Erreur de configuration : " + configuration.get().getMessage());
            return JuryE61.USAGE;
        }
        if (execution.getStatus() != BatchStatus.COMPLETED) {
            System.err.println("Le traitement a échoué (" + execution.getStatus() + ") ; relancer la même commande "
                    + "reprend l'exécution là où elle s'est arrêtée (ou en commence une nouvelle si les entrées ont "
                    + "changé depuis).");
            execution.getAllFailureExceptions().forEach(e -> System.err.println("  cause : " + cause(e)));
            System.err.println("  détails techniques : " + logFile);
            return JuryE61.FAILED;
        }
        // The database is shut down: what it holds now is what the next night will find.
        Optional<String> recorded;
        try (java.sql.Connection reopened = StateDatabase.reopen(base)) {
            recorded = StateDatabase.recordedStatus(reopened, execution.getId());
            if (recorded.equals(Optional.of(BatchStatus.COMPLETED.name()))) {
                rememberNight(reopened, execution);
            }
        } catch (java.sql.SQLException | RuntimeException e) {
            recorded = Optional.empty();
        }
        if (!recorded.equals(Optional.of(BatchStatus.COMPLETED.name()))) {
            LOG.error(
                    "Run {} completed but the state recorded {}", execution.getId(), recorded.orElse("nothing readable"));
            System.err.println("La nuit n° " + execution.getJobInstance().getInstanceId() + " a publié ses résultats, "
                    + "mais sa fin n'a pas pu être enregistrée dans l'état " + state.toAbsolutePath()
                    + " (disque plein ?). Libérer de la place puis relancer la même commande : elle termine cette nuit, "
                    + "ou en commence une nouvelle si les entrées ont changé depuis.");
            System.err.println("  détails techniques : " + logFile);
            return JuryE61.FAILED;
        }
        if (summary != null) {
            summary.lines(elapsedMillis()).forEach(NightConsole::say);
        } else {
            NightConsole.say("Nuit n° " + execution.getJobInstance().getInstanceId() + " terminée en " + elapsed() + ".");
        }
        return JuryE61.OK;
    }

    private long elapsedMillis() {
        return (System.nanoTime() - started) / 1_000_000;
    }

    private String elapsed() {
        return StepProgressListener.seconds(elapsedMillis());
    }

    /** What the next night compares itself with; a night that cannot be fingerprinted only makes the next one full. */
    private void rememberNight(java.sql.Connection connection, JobExecution execution) {
        long runId = execution.getJobInstance().getInstanceId();
        try {
            StateStore store = new StateStore(new org.springframework.jdbc.core.JdbcTemplate(
                    new org.springframework.jdbc.datasource.SingleConnectionDataSource(connection, true)));
            UnchangedNight.remember(execution.getId(), runId, store.snapshotEntries(runId), input, output, state,
                    observed);
        } catch (IOException | RuntimeException e) {
            LOG.warn("Night fingerprint not written: the next night will be a full one", e);
        }
    }

    /**
     * Everything that would make the run meaningless is checked before anything is written.
     * Returns the input folder as it stands (no file opened).
     */
    static List<InputFolder.Observed> checkConfiguration(Path input, Path output, Path state) {
        if (!Files.isDirectory(input)) {
            throw new ConfigurationException(Files.exists(input) ? "l'entrée " + input + " est un fichier, pas un dossier."
                    : "le dossier d'entrée " + input + " n'existe pas.");
        }
        if (Files.exists(output) && !Files.isDirectory(output)) {
            throw new ConfigurationException("la sortie " + output + " est un fichier, pas un dossier : donner un "
                    + "dossier (créé s'il n'existe pas).");
        }
        if (Files.exists(state) && !Files.isDirectory(state)) {
            throw new ConfigurationException("l'état " + state + " est un fichier, pas un dossier : donner un "
                    + "dossier (créé s'il n'existe pas).");
        }
        // Real paths, links resolved: a link to the output placed in the input is the output in the input.
        Path in = realPath(input);
        Path out = realPath(output);
        Path st = realPath(state);
        if (out.startsWith(in) || in.startsWith(out)) {
            throw new ConfigurationException("le dossier de sortie " + output
                    + " ne doit ni contenir le dossier d'entrée ni se trouver dedans (les entrées ne sont jamais écrites).");
        }
        if (st.startsWith(in) || in.startsWith(st)) {
            throw new ConfigurationException("le dossier d'état " + state
                    + " ne doit ni contenir le dossier d'entrée ni se trouver dedans (les entrées ne sont jamais écrites).");
        }
        if (st.startsWith(out) || out.startsWith(st)) {
            throw new ConfigurationException("le dossier d'état " + state + " et le dossier de sortie " + output
                    + " doivent être distincts (l'état, avec toutes les données des candidats, ne se diffuse pas avec "
                    + "les résultats).");
        }
        // The same reading as the night's snapshot (links resolved, never followed out), no file opened.
        InputSnapshot now;
        List<InputFolder.Observed> observed;
        try {
            observed = new InputFolder(input, InputKind.locations()).observe();
            now = new InputSnapshot(null, observed.stream().map(InputFolder.Observed::entry).toList());
        } catch (IOException e) {
            throw new ConfigurationException("dossier d'entrée illisible : " + e.getMessage(), e);
        }
        if (now.behindOutsideLink(SessionPropertiesLoader.FILE_NAME)) {
            throw new ConfigurationException(SessionPropertiesLoader.FILE_NAME
                    + " est un lien symbolique menant hors du dossier d'entrée : il n'est pas lu.");
        }
        SessionPropertiesLoader.load(input);
        for (InputKind kind : InputKind.values()) {
            if (kind.required() && kind.files(now).isEmpty()) {
                throw new ConfigurationException(kind.location() + " introuvable dans " + input
                        + " : ce fichier est obligatoire.");
            }
        }
        return observed;
    }
}
