package fr.jurye61.cli;

import fr.jurye61.io.config.ConfigurationException;
import fr.jurye61.io.db.StateBase;
import fr.jurye61.io.db.StateDatabase;
import fr.jurye61.jobs.BatchApplication;
import fr.jurye61.jobs.night.NightConsole;
import fr.jurye61.jobs.remote.RemotePartitioning;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** A worker of distributed nights: analyses the lots the manager (nightly --workers) sends, until stopped. */
@Command(name = "worker", mixinStandardHelpOptions = true,
        description = {"Travailleur des nuits réparties : reçoit du courtier les lots de documents à analyser "
                + "(rapports, pièces, grilles) d'une nuit lancée avec nightly --workers, les analyse avec tous les "
                + "cœurs de la machine et range les résultats dans la base partagée. Tourne jusqu'à son arrêt.",
                "Un travailleur arrêté ou tué en plein lot : le courtier confie ce lot à un autre travailleur."},
        exitCodeList = {"0:arrêté", "2:erreur de configuration (base, courtier)"},
        footer = "  jury-e61 worker --base jdbc:postgresql://db/e61 --broker tcp://gestionnaire:61616")
public class WorkerCommand implements Callable<Integer> {
    @picocli.CommandLine.Mixin
    BaseOptions baseOptions = new BaseOptions();

    @Option(names = "--broker", required = true, paramLabel = "<tcp://hôte:port>",
            description = "Courtier de la nuit répartie (celui que nightly --workers embarque, ou un externe).")
    String broker;

    @Option(names = "--fils", defaultValue = "0", paramLabel = "<n>",
            description = "Fils d'analyse de ce travailleur (défaut : un par cœur ; plusieurs travailleurs sur une "
                    + "même machine se partagent ses cœurs).")
    int threads;

    @Option(names = "--state", defaultValue = "var", paramLabel = "<dossier>",
            description = "Dossier du journal technique de ce travailleur (défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    Path state;

    @Override
    public Integer call() throws Exception {
        StateBase base;
        try {
            base = baseOptions.resolve(state);
            if (base.isEmbedded()) {
                throw new ConfigurationException("un travailleur demande la base partagée de la nuit : --base "
                        + "jdbc:postgresql://… (ou JURY_BASE).");
            }
            if (threads < 0 || threads > 512) {
                throw new ConfigurationException("--fils " + threads + " : donner un nombre de fils entre 1 et 512.");
            }
            RemotePartitioning.checkBrokerAddress(broker);
            try (java.sql.Connection probe = StateDatabase.check(base, state)) {
                // reachable: the context's pool opens its own connections
            }
        } catch (ConfigurationException | StateDatabase.Damaged e) {
            System.err.println("Erreur de configuration : " + e.getMessage());
            return JuryE61.USAGE;
        }
        java.nio.file.Files.createDirectories(state);
        RunLog.attach(state);
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext context = new SpringApplicationBuilder(BatchApplication.class)
                .properties(base.dataSourceProperties())
                .properties(Map.of("spring.batch.jdbc.initialize-schema", "never", "jury.schema.creer", "false",
                        RemotePartitioning.ROLE, RemotePartitioning.WORKER, RemotePartitioning.BROKER, broker,
                        "jury.fils", String.valueOf(threads)))
                .run();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            context.close();
            stopped.countDown();
        }, "arret-travailleur"));
        NightConsole.say("Travailleur prêt (" + RemotePartitioning.hostName() + ", " + (threads > 0 ? threads + " fils" : Runtime.getRuntime()
                .availableProcessors() + " cœurs") + ") : lots du courtier " + broker + ", base " + base.display() + ".");
        stopped.await();
        return JuryE61.OK;
    }
}
