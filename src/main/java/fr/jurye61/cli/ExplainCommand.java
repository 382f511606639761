package fr.jurye61.cli;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Notice;
import fr.jurye61.io.db.RunHistory;
import fr.jurye61.io.db.StateBase;
import fr.jurye61.io.db.StateDatabase;
import fr.jurye61.io.db.StateStore;
import fr.jurye61.reports.ExplainRenderer;
import java.io.PrintWriter;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** One candidate's trail in the last completed run that wrote into --output. */
@Command(name = "explain", mixinStandardHelpOptions = true,
        description = "Explique, en français, chaque règle vérifiée pour un candidat lors de la dernière nuit terminée "
                + "qui a écrit dans --output : résultat, clause du règlement, preuve.",
        exitCodeList = {"0:explication affichée", "1:candidat absent des inscriptions acceptées",
                "2:pas d'état ou pas de nuit terminée pour ce dossier de sortie", "3:une nuit est en cours sur cet état"},
        footer = "  jury-e61 explain 02345678901 --output /srv/e61/sorties --state var")
public class ExplainCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<numero>", description = "Numéro du candidat.")
    String numero;

    @Option(names = "--output", required = true, paramLabel = "<dossier>",
            description = "Dossier de sortie de la nuit à expliquer.")
    Path output;

    @Option(names = "--state", defaultValue = "var", paramLabel = "<dossier>",
            description = "Base d'état de cette nuit (défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    Path state;

    @picocli.CommandLine.Mixin
    BaseOptions baseOptions = new BaseOptions();

    @Spec
    CommandSpec spec;

    private StateBase base;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try {
            base = baseOptions.resolve(state);
        } catch (fr.jurye61.io.config.ConfigurationException e) {
            err.println("Erreur de configuration : " + e.getMessage());
            return JuryE61.USAGE;
        }
        if (!Files.isDirectory(state) || !StateDatabase.exists(base, state)) {
            // nothing created to find out: no lock file, no empty database
            err.println("Aucune base d'état dans " + (base.isEmbedded() ? state.toAbsolutePath().normalize()
                    : base.display()) + " : donner le --state (et le --base) de la nuit à expliquer (ceux de nightly).");
            return JuryE61.USAGE;
        }
        try (FileChannel channel = FileChannel.open(state.resolve(StateDatabase.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = NightlyCommand.tryLock(channel)) {
            if (lock == null) {
                err.println("Un traitement de nuit utilise l'état " + state.toAbsolutePath() + " : réessayer après lui.");
                return JuryE61.LOCKED;
            }
            AutoCloseable baseLock;
            try {
                baseLock = StateDatabase.tryLock(base);
            } catch (java.sql.SQLException e) {
                err.println("Erreur de configuration : " + StateDatabase.Damaged.unreachable(base, e).getMessage());
                return JuryE61.USAGE;
            }
            if (baseLock == null) {
                err.println("Un traitement de nuit utilise la base d'état " + base.display() + " : réessayer après lui.");
                return JuryE61.LOCKED;
            }
            try (AutoCloseable held = baseLock; AutoCloseable opened = StateDatabase.check(base, state)) {
                return explain(out, err);
            } catch (StateDatabase.Damaged e) {
                err.println("Erreur de configuration : " + e.getMessage());
                return JuryE61.USAGE;
            }
        }
    }

    /** One candidate's trail, read from the state (opened and checked by the caller). */
    private int explain(PrintWriter out, PrintWriter err) {
        JdbcTemplate jdbc = new JdbcTemplate(new DriverManagerDataSource(base.url(), base.user(), base.password()));
        RunHistory history = new RunHistory(jdbc);
        StateStore store = new StateStore(jdbc);
        String wanted = output.toAbsolutePath().normalize().toString();
        Optional<Long> run = history.lastCompletedRun(wanted);
        if (run.isEmpty()) {
            err.println("Aucune exécution terminée n'a écrit dans " + wanted + ".");
            return JuryE61.USAGE;
        }
        long runId = run.get();
        Optional<Candidate> candidate = store.candidate(runId, numero);
        if (candidate.isEmpty()) {
            err.println("Candidat " + numero + " absent des inscriptions acceptées de l'exécution n° " + runId
                    + " (voir rejets.csv).");
            return JuryE61.FAILED;
        }
        List<Notice> unmatched = store.unmatchedRulingNotices(runId, numero);
        out.print(ExplainRenderer.render(runId, candidate.get(), store.evaluations().outcomes(runId).get(numero),
                store.evaluations().checks(runId, numero), store.evaluations().findings(runId).stream().filter(f -> f.numero().equals(numero))
                        .toList(), unmatched, List.copyOf(store.evaluations().retainedDocuments(runId)
                        .getOrDefault(numero, java.util.Map.of()).values())));
        out.flush();
        if (base.isEmbedded()) {
            jdbc.execute("SHUTDOWN"); // the files are closed before the next night opens them
        }
        return JuryE61.OK;
    }
}
