package fr.jurye61.cli;

import java.util.concurrent.Callable;

/** Sub-commands of the contract whose capability is not built yet: they say so, exit 2. */
abstract class NotYetAvailable implements Callable<Integer> {
    @Override
    public Integer call() {
        System.err.println("Commande pas encore disponible dans cette version de jury-e61.");
        return JuryE61.USAGE;
    }
}
