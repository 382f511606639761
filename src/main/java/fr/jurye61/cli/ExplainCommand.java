package fr.jurye61.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Explique les décisions d'un candidat. Not built yet. */
@Command(name = "explain", description = "Explique les décisions d'un candidat. (pas encore disponible)")
class ExplainCommand extends NotYetAvailable {
    @Parameters(arity = "0..*", hidden = true)
    java.util.List<String> ignored;
}
