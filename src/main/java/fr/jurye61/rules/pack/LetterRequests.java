package fr.jurye61.rules.pack;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.LetterRequest;
import fr.jurye61.domain.RuleDefinition;
import fr.jurye61.rules.RuleCatalogue;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the letters of courriers/ ask: for each candidate, every rule whose finding is still open
 * (not lifted; confirmed ones included, the thing is still missing) and asks, in the catalogue,
 * for something the candidate or their school can send. One request per candidate and rule (a
 * ruling is per candidate and rule too), with the evidence of each of its findings. A candidate
 * whose findings are all lifted or settled gets none.
 */
public final class LetterRequests {
    private LetterRequests() {
    }

    public static List<LetterRequest> select(List<Candidate> candidates, List<Finding> findings) {
        Map<String, Map<String, TreeSet<String>>> open = new TreeMap<>();
        for (Finding f : findings) {
            RuleDefinition rule = RuleCatalogue.contains(f.regle()) ? RuleCatalogue.get(f.regle()) : null;
            if (rule != null && rule.request() != null && f.isOpenIssue()) {
                open.computeIfAbsent(f.numero(), k -> new TreeMap<>()).computeIfAbsent(f.regle(), k -> new TreeSet<>())
                        .add(f.preuve() == null ? "" : f.preuve());
            }
        }
        List<LetterRequest> requests = new ArrayList<>();
        for (Candidate c : candidates.stream().sorted(java.util.Comparator.comparing(Candidate::numero)).toList()) {
            open.getOrDefault(c.numero(), Map.of()).forEach((regle, evidence) -> requests.add(
                    new LetterRequest(c.numero(), regle, RuleCatalogue.get(regle).request(),
                            evidence.stream().filter(e -> !e.isEmpty()).toList())));
        }
        return requests;
    }
}
