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

/**
 * Checks a commission pack, or every pack of a dossiers/ folder: exit 0 if all are sound, 1 with
 * the list of faults, 2 when the path holds no pack at all.
 */
@Command(name = "verify-pack", mixinStandardHelpOptions = true,
        description = {"Vérifie un dossier de commission : manifeste et empreintes, PDF, signets, pages, aucun "
                + "contenu actif. Un dossier est jugé sur son contenu : copié ou renommé, il reste conforme.",
                "Donné le dossier dossiers/ d'une nuit, vérifie chacun des dossiers qu'il contient."},
        exitCodeList = {"0:dossier(s) conforme(s)", "1:anomalies (listées une par ligne)",
                "2:le chemin n'est pas un dossier de commission ni n'en contient"},
        footer = {"  jury-e61 verify-pack sorties/dossiers/C01", "  jury-e61 verify-pack sorties/dossiers"})
public class VerifyPackCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "<dossier>",
            description = "Un dossier dossiers/<code_commission>, ou le dossier dossiers/ entier.")
    Path pack;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isDirectory(pack)) {
            err.println(Files.exists(pack) ? pack + " est un fichier : donner le dossier d'une commission."
                    : "Dossier introuvable : " + pack);
            err.flush();
            return JuryE61.USAGE;
        }
        List<Path> packs = PackVerifier.isPack(pack) ? List.of(pack) : PackVerifier.packsIn(pack);
        if (packs.isEmpty()) {
            err.println(pack + " n'est pas un dossier de commission : il ne contient ni " + fr.jurye61.io.pdf.PackLayout.MANIFEST
                    + ", ni PDF, ni dossier de commission.");
            err.flush();
            return JuryE61.USAGE;
        }
        int faulty = 0;
        for (Path one : packs) {
            List<String> faults = PackVerifier.verify(one);
            if (faults.isEmpty()) {
                out.println("Dossier " + one + " : conforme (manifeste, PDF, signets et pages vérifiés, aucun contenu actif).");
            } else {
                faulty++;
                out.println("Dossier " + one + " : " + faults.size() + " anomalie(s)");
                faults.forEach(f -> out.println("  - " + f));
            }
        }
        if (packs.size() > 1) {
            out.println(packs.size() + " dossiers vérifiés : " + (packs.size() - faulty) + " conforme(s), " + faulty
                    + " avec anomalies.");
        }
        out.flush();
        return faulty == 0 ? JuryE61.OK : JuryE61.FAILED;
    }
}
