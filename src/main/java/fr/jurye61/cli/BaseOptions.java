package fr.jurye61.cli;

import fr.jurye61.io.config.StateBaseSettings;
import fr.jurye61.io.db.StateBase;
import java.nio.file.Path;
import picocli.CommandLine.Option;

/** --base and --identifiants: the PostgreSQL base that holds the state instead of the embedded one. */
final class BaseOptions {
    @Option(names = "--base", paramLabel = "<jdbc:postgresql://hôte/base>",
            description = "Base PostgreSQL de l'état (dépôt des exécutions et données des candidats) au lieu de la "
                    + "base intégrée sous --state (défaut : variable JURY_BASE). Utilisateur et mot de passe : "
                    + "JURY_BASE_UTILISATEUR et JURY_BASE_MOT_DE_PASSE, ou --identifiants ; jamais sur la ligne de "
                    + "commande.")
    String url;

    @Option(names = "--identifiants", paramLabel = "<fichier>",
            description = "Fichier .properties du compte de la base --base (clés utilisateur et mot_de_passe ; "
                    + "défaut : variable JURY_BASE_IDENTIFIANTS).")
    Path credentials;

    /** The state's base; a ConfigurationException names what is wrong. */
    StateBase resolve(Path state) {
        return StateBaseSettings.resolve(url, credentials, state, System.getenv());
    }
}
