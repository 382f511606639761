package fr.jurye61.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Liste le catalogue des règles. Not built yet. */
@Command(name = "rules", description = "Liste le catalogue des règles. (pas encore disponible)")
class RulesCommand extends NotYetAvailable {
    @Parameters(arity = "0..*", hidden = true)
    java.util.List<String> ignored;
}
