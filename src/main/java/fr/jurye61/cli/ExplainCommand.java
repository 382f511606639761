package fr.jurye61.cli;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Notice;
import fr.jurye61.io.db.RunHistory;
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
import org.springframework.jdbc.datasource.SimpleDriverDataSource;
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

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(state) || !StateDatabase.exists(state)) {
            // nothing created to find out: no lock file, no empty database
            err.println("Aucune base d'état dans " + state.toAbsolutePath().normalize() + " : donner le --state de la "
                    + "nuit à expliquer (celui de nightly).");
            return JuryE61.USAGE;
        }
        try (FileChannel channel = FileChannel.open(state.resolve(StateDatabase.LOCK_FILE), StandardOpenOption.CREATE,
                StandardOpenOption.WRITE); FileLock lock = NightlyCommand.tryLock(channel)) {
            if (lock == null) {
                err.println("Un traitement de nuit utilise l'état " + state.toAbsolutePath() + " : réessayer après lui.");
                return JuryE61.LOCKED;
            }
            try (AutoCloseable opened = StateDatabase.check(state)) {
                return explain(out, err);
            } catch (StateDatabase.Damaged e) {
                err.println("Erreur de configuration : " + e.getMessage());
                return JuryE61.USAGE;
            }
        }
    }

    /** One candidate's trail, read from the state (opened and checked by the caller). */
    private int explain(PrintWriter out, PrintWriter err) {
        JdbcTemplate jdbc = new JdbcTemplate(new SimpleDriverDataSource(new org.hsqldb.jdbc.JDBCDriver(),
                StateDatabase.url(state), "SA", ""));
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
        jdbc.execute("SHUTDOWN");
        return JuryE61.OK;
    }
}
