package fr.jurye61.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * What changed for one candidate since the previous completed run: decision, and open findings
 * that decide (added, removed). {@code avant} is null for a new candidate, {@code apres} null
 * for one no longer registered.
 */
public record Change(String numero, Decision avant, Decision apres, List<String> ajoutes, List<String> retires) {

    /** Candidates whose decision or open findings differ, sorted by number. */
    public static List<Change> between(Map<String, Outcome> before, Map<String, Outcome> after) {
        TreeSet<String> numbers = new TreeSet<>(before.keySet());
        numbers.addAll(after.keySet());
        List<Change> changes = new ArrayList<>();
        for (String numero : numbers) {
            Outcome b = before.get(numero);
            Outcome a = after.get(numero);
            List<String> was = b == null ? List.of() : b.constats();
            List<String> is = a == null ? List.of() : a.constats();
            List<String> added = is.stream().filter(r -> !was.contains(r)).sorted().toList();
            List<String> removed = was.stream().filter(r -> !is.contains(r)).sorted().toList();
            Decision da = b == null ? null : b.decision();
            Decision db = a == null ? null : a.decision();
            if (da != db || !added.isEmpty() || !removed.isEmpty()) {
                changes.add(new Change(numero, da, db, added, removed));
            }
        }
        return changes;
    }
}
