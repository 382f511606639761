package fr.jurye61.rules.pack;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.JuryNotice;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.Recevabilite;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Who the jury president is informed of (§2.1.2 and §4: « le jury étant tenu informé »;
 * « le président du jury sera informé »): recevable candidates admitted with a force-majeure
 * authorisation, and candidates whose decision is « non validé ». Never part of a pack.
 */
public final class JuryPresidentNotices {
    private JuryPresidentNotices() {
    }

    public static List<JuryNotice> select(List<Candidate> candidates, Map<String, Outcome> outcomes,
            List<Finding> findings) {
        List<JuryNotice> notices = new ArrayList<>();
        for (Candidate c : candidates) {
            Outcome o = outcomes.get(c.numero());
            if (o == null) {
                continue;
            }
            boolean forceMajeure = findings.stream().anyMatch(f -> f.numero().equals(c.numero())
                    && f.regle().equals("STAGE-FORCE-MAJEURE") && f.statut().counts());
            if (o.recevabilite() == Recevabilite.RECEVABLE && forceMajeure) {
                notices.add(new JuryNotice(c.commission(), c.numero(), c.nom(), c.prenom(),
                        JuryNotice.Motif.FORCE_MAJEURE));
            }
            if (o.decision() == Decision.NON_VALIDE) {
                notices.add(new JuryNotice(c.commission(), c.numero(), c.nom(), c.prenom(), JuryNotice.Motif.NON_VALIDE));
            }
        }
        notices.sort(Comparator.comparing(JuryNotice::commission).thenComparing(JuryNotice::numero)
                .thenComparing(JuryNotice::motif));
        return notices;
    }
}
