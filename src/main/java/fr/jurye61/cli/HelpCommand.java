package fr.jurye61.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code jury-e61 help [COMMANDE]}: picocli's own help command speaks English, this one French. */
@Command(name = "help", helpCommand = true, mixinStandardHelpOptions = true,
        description = "Affiche l'aide d'une commande, ou sans COMMANDE la liste des commandes.",
        exitCodeList = {"0:aide affichée", "2:commande inconnue"},
        footer = "  jury-e61 help check-report")
public class HelpCommand implements Callable<Integer> {
    @Parameters(arity = "0..1", paramLabel = "COMMANDE", description = "La commande dont afficher l'aide.")
    String command;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine parent = spec.parent().commandLine();
        PrintWriter out = spec.commandLine().getOut();
        if (command == null) {
            parent.usage(out);
            out.flush();
            return JuryE61.OK;
        }
        CommandLine sub = parent.getSubcommands().get(command);
        if (sub == null) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(UsageErrors.unknownCommand(command, parent));
            err.flush();
            return JuryE61.USAGE;
        }
        sub.usage(out);
        out.flush();
        return JuryE61.OK;
    }
}
