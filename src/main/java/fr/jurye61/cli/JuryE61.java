package fr.jurye61.cli;

import java.io.PrintWriter;
import java.util.ResourceBundle;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of target/jury-e61.jar: one sub-command per use (output.md). */
@Command(name = "jury-e61", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        synopsisSubcommandLabel = "[COMMANDE]",
        description = "Prépare les commissions d'interrogation de la sous-épreuve E6.1 du BTS Métiers de la Mesure.",
        subcommands = {NightlyCommand.class, CheckReportCommand.class, VerifyPackCommand.class,
                ExplainCommand.class, WorkerCommand.class, RulesCommand.class, GenerateSampleCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nCodes de sortie :%n",
        exitCodeList = {"0:terminé", "1:échec ou anomalies trouvées (voir chaque commande)",
                "2:erreur d'usage ou de configuration (rien n'est écrit)",
                "3:une autre exécution utilise déjà le même état"},
        footer = {"  jury-e61 nightly --input input --output out",
                "  jury-e61 help nightly      (l'aide d'une commande)"})
public class JuryE61 implements Callable<Integer> {
    /** Exit codes of output.md. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int LOCKED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        frenchConsole();
        int exit;
        try {
            exit = execute(args);
        } catch (OutOfMemoryError e) {
            // never a JVM trace on the console: what to do, in French (the log has the detail)
            System.err.println("Erreur : " + NightlyCommand.cause(e));
            exit = FAILED;
        }
        System.exit(exit);
    }

    /**
     * Under cron or systemd the locale is often C: the JVM would then write every accent of the
     * French messages as « ? », lost for good in the mail or the log. The console is then UTF-8.
     */
    private static java.nio.charset.Charset consoleCharset = java.nio.charset.Charset.defaultCharset();

    static void frenchConsole() {
        java.nio.charset.Charset console;
        try {
            console = java.nio.charset.Charset.forName(System.getProperty("native.encoding", "UTF-8"));
        } catch (RuntimeException e) {
            console = java.nio.charset.StandardCharsets.US_ASCII;
        }
        if (!console.newEncoder().canEncode("éèàçô«»…")) {
            System.setOut(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.out), true,
                    java.nio.charset.StandardCharsets.UTF_8));
            System.setErr(new java.io.PrintStream(new java.io.FileOutputStream(java.io.FileDescriptor.err), true,
                    java.nio.charset.StandardCharsets.UTF_8));
            consoleCharset = java.nio.charset.StandardCharsets.UTF_8;
        }
    }

    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    /** The command tree with its French words, error messages and exit codes. */
    static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new JuryE61());
        // picocli's own writers would encode with the locale's charset, whatever System.out does
        commandLine.setOut(new PrintWriter(new java.io.OutputStreamWriter(System.out, consoleCharset), true));
        commandLine.setErr(new PrintWriter(new java.io.OutputStreamWriter(System.err, consoleCharset), true));
        commandLine.setResourceBundle(ResourceBundle.getBundle("fr.jurye61.cli.Messages"));
        commandLine.setUsageHelpLongOptionsMaxWidth(28);
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            // Never a stack trace on the console: a French message; the detail goes to the log.
            org.slf4j.LoggerFactory.getLogger(JuryE61.class).error("Unexpected failure", e);
            cl.getErr().println("Erreur inattendue : " + NightlyCommand.cause(e)
                    + (RunLog.attached() ? " (détails dans le journal technique " + RunLog.file() + ")." : "."));
            return FAILED;
        });
        commandLine.setParameterExceptionHandler((e, a) -> {
            PrintWriter err = e.getCommandLine().getErr();
            err.println(UsageErrors.french(e));
            err.println("Aide : " + e.getCommandLine().getCommandSpec().qualifiedName() + " --help");
            err.flush();
            return USAGE;
        });
        return commandLine;
    }

    @Override
    public Integer call() {
        PrintWriter err = spec.commandLine().getErr();
        err.println("Une commande est attendue.");
        err.println();
        spec.commandLine().usage(err);
        err.flush();
        return USAGE;
    }
}
