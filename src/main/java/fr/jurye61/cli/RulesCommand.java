package fr.jurye61.cli;

import fr.jurye61.domain.RuleDefinition;
import fr.jurye61.rules.RuleCatalogue;
import java.io.PrintWriter;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** Lists the rule catalogue, from the same source the rules read. */
@Command(name = "rules", mixinStandardHelpOptions = true,
        description = "Liste le catalogue des règles : identifiant, gravité, clause du règlement, description.",
        exitCodeList = {"0:catalogue affiché", "2:format inconnu"},
        footer = "  jury-e61 rules --format tsv > regles.tsv")
public class RulesCommand implements Callable<Integer> {
    @Option(names = "--format", defaultValue = "text", paramLabel = "<format>",
            description = "text ou tsv (défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        if (!format.equals("text") && !format.equals("tsv")) {
            spec.commandLine().getErr().println("Valeur invalide pour --format : « " + format + " » (text ou tsv).");
            spec.commandLine().getErr().flush();
            return JuryE61.USAGE;
        }
        for (RuleDefinition r : RuleCatalogue.all()) {
            if (format.equals("tsv")) {
                out.println(String.join("\t", r.id(), r.gravite().name(), r.clause(), r.famille().name(),
                        r.description()));
            } else {
                out.printf(java.util.Locale.ROOT, "%-40s %-10s %-12s %s%n", r.id(), r.gravite().name(), r.clause(), r.description());
            }
        }
        out.flush();
        return JuryE61.OK;
    }
}
