package fr.jurye61.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Vérifie un rapport PDF avant dépôt. Not built yet. */
@Command(name = "check-report", description = "Vérifie un rapport PDF avant dépôt. (pas encore disponible)")
class CheckReportCommand extends NotYetAvailable {
    @Parameters(arity = "0..*", hidden = true)
    java.util.List<String> ignored;
}
