package fr.jurye61.cli;

import fr.jurye61.sample.SampleSessionGenerator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** Writes a realistic synthetic session, for demonstrations, tests and benchmarks. */
@Command(name = "generate-sample", mixinStandardHelpOptions = true,
        description = "Génère une session fictive réaliste (CSV et PDF), pour une démonstration, un essai ou une mesure.",
        exitCodeList = {"0:session écrite", "2:option invalide ou dossier impossible à écrire"},
        footer = "  jury-e61 generate-sample --output /tmp/session --candidats 300")
public class GenerateSampleCommand implements Callable<Integer> {
    @Option(names = "--output", required = true, paramLabel = "<dossier>", description = "Dossier à créer (absent ou vide).")
    Path output;

    @Option(names = "--candidats", defaultValue = "40", paramLabel = "<nombre>", description = "Nombre de candidats (défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    int candidates;

    @Option(names = "--commissions", defaultValue = "3", paramLabel = "<nombre>", description = "Nombre de commissions (défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    int commissions;

    @Option(names = "--style", defaultValue = "simple", paramLabel = "<style>",
            description = "simple (polices standard) ou word (polices TrueType incorporées, photos, ~30 pages) "
                    + "(défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    String style;

    @Option(names = "--graine", defaultValue = "61", paramLabel = "<nombre>",
            description = "Graine du hasard : même graine, mêmes fichiers (défaut\u00a0:\u00a0${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (!style.equals("simple") && !style.equals("word")) {
            System.err.println("--style : simple ou word.");
            return JuryE61.USAGE;
        }
        if (candidates < 1 || commissions < 1) {
            System.err.println("--candidats et --commissions doivent être au moins 1.");
            return JuryE61.USAGE;
        }
        try {
            new SampleSessionGenerator(output, candidates, commissions, seed, style.equals("word")).generate();
        } catch (IOException e) {
            System.err.println("Génération impossible : " + e.getMessage());
            return JuryE61.USAGE;
        }
        System.out.println("Session fictive de " + candidates + " candidats en " + commissions
                + " commissions écrite dans " + output);
        return JuryE61.OK;
    }
}
