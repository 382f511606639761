package fr.jurye61.domain;

import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/** Which deposit counts (rules.md §4): the latest at or before the deadline; later ones never replace it. */
public final class Deposits {
    private static final Comparator<Deposit> CHRONOLOGICAL = Comparator.comparing(Deposit::deposeLe)
            .thenComparing(d -> d.source().fichier()).thenComparingInt(d -> d.source().ligne());

    private Deposits() {
    }

    public static Optional<Deposit> counted(List<Deposit> deposits, Instant deadline) {
        return deposits.stream().filter(d -> !d.deposeLe().isAfter(deadline)).max(CHRONOLOGICAL);
    }

    public static List<Deposit> late(List<Deposit> deposits, Instant deadline) {
        return deposits.stream().filter(d -> d.deposeLe().isAfter(deadline)).sorted(CHRONOLOGICAL).toList();
    }
}
