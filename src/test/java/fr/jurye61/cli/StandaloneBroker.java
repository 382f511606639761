package fr.jurye61.cli;

import fr.jurye61.jobs.remote.EmbeddedBroker;
import java.nio.file.Path;

/** An external Artemis broker for the tests, in a JVM of its own: java ... StandaloneBroker PORT JOURNAL. */
public final class StandaloneBroker {
    private StandaloneBroker() {
    }

    public static void main(String[] args) throws Exception {
        try (EmbeddedBroker broker = new EmbeddedBroker(Integer.parseInt(args[0]), Path.of(args[1]))) {
            System.out.println("Courtier prêt sur le port " + args[0]);
            Thread.currentThread().join();
        }
    }
}
