package fr.jurye61.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of target/jury-e61.jar: one sub-command per use (output.md). */
@Command(name = "jury-e61", mixinStandardHelpOptions = true, version = "jury-e61 0.1.0",
        description = "Prépare les commissions d'interrogation de la sous-épreuve E6.1 du BTS Métiers de la Mesure.",
        subcommands = {NightlyCommand.class, CheckReportCommand.class, VerifyPackCommand.class,
                ExplainCommand.class, RulesCommand.class, GenerateSampleCommand.class})
public class JuryE61 implements Runnable {
    /** Exit codes of output.md. */
    public static final int OK = 0;
    public static final int FAILED = 1;
    public static final int USAGE = 2;
    public static final int LOCKED = 3;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
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

    public static int execute(String... args) {
        CommandLine commandLine = new CommandLine(new JuryE61());
        commandLine.setExitCodeExceptionMapper(e -> USAGE);
        commandLine.setExecutionExceptionHandler((e, cl, parseResult) -> {
            // Never a stack trace on the console: a French message; the detail goes to the log.
            org.slf4j.LoggerFactory.getLogger(JuryE61.class).error("Unexpected failure", e);
            cl.getErr().println("Erreur inattendue : " + NightlyCommand.cause(e)
                    + " (détails dans le journal technique sous --state, logs/jury-e61.log).");
            return FAILED;
        });
        commandLine.setParameterExceptionHandler((e, a) -> {
            commandLine.getErr().println(e.getMessage());
            e.getCommandLine().usage(commandLine.getErr());
            return USAGE;
        });
        return commandLine.execute(args);
    }

    @Override
    public void run() {
        spec.commandLine().usage(System.err);
        throw new CommandLine.ParameterException(spec.commandLine(), "Sous-commande attendue.");
    }
}
