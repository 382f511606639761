package fr.jurye61.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** Vérifie un dossier de commission. Not built yet. */
@Command(name = "verify-pack", description = "Vérifie un dossier de commission. (pas encore disponible)")
class VerifyPackCommand extends NotYetAvailable {
    @Parameters(arity = "0..*", hidden = true)
    java.util.List<String> ignored;
}
