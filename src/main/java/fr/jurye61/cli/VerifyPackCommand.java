package fr.jurye61.cli;

import fr.jurye61.io.pdf.PackVerifier;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** Checks one commission pack: exit 0 if sound, 1 with the list of faults, 2 if there is no pack there. */
@Command(name = "verify-pack", description = "Vérifie un dossier de commission (manifeste, PDF, signets, contenu actif).")
public class VerifyPackCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "DOSSIER", description = "Le dossier dossiers/<code_commission>.")
    Path pack;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        if (!Files.isDirectory(pack)) {
            spec.commandLine().getErr().println("Dossier introuvable : " + pack);
            return JuryE61.USAGE;
        }
        List<String> faults = PackVerifier.verify(pack);
        if (faults.isEmpty()) {
            out.println("Dossier " + pack + " : conforme (manifeste, PDF, signets et pages vérifiés, aucun contenu actif).");
            out.flush();
            return JuryE61.OK;
        }
        out.println("Dossier " + pack + " : " + faults.size() + " anomalie(s)");
        faults.forEach(f -> out.println("  - " + f));
        out.flush();
        return JuryE61.FAILED;
    }
}
