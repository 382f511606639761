package fr.jurye61.rules.pack;

import fr.jurye61.domain.AskedBefore;
import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.LetterFollowUp;
import fr.jurye61.domain.LetterRequest;
import fr.jurye61.domain.RequestText;
import fr.jurye61.rules.RuleCatalogue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * courriers/suivi.csv from tonight's requests and what earlier completed nights asked. A request
 * made again keeps its first date, and its due date runs from that first date (the delay does not
 * start again each night the letter is printed); one no longer made is kept, closed.
 */
public final class LetterFollowUps {
    private LetterFollowUps() {
    }

    public static List<LetterFollowUp> of(List<LetterRequest> tonight, List<Candidate> candidates,
            List<AskedBefore> before, LocalDate night, int delayDays, Function<Candidate, String> letterOf) {
        Map<String, Candidate> byNumero = candidates.stream()
                .collect(Collectors.toMap(Candidate::numero, c -> c, (a, b) -> a));
        Map<String, AskedBefore> earlier = before.stream()
                .collect(Collectors.toMap(a -> a.numero() + "|" + a.regle(), a -> a, (a, b) -> a));
        List<LetterFollowUp> lines = new ArrayList<>();
        java.util.Set<String> open = new java.util.HashSet<>();
        for (LetterRequest r : tonight) {
            Candidate c = byNumero.get(r.numero());
            AskedBefore was = earlier.get(r.numero() + "|" + r.regle());
            LocalDate first = was == null || was.firstAsked().isAfter(night) ? night : was.firstAsked();
            open.add(r.numero() + "|" + r.regle());
            lines.add(new LetterFollowUp(c.etablissement() == null ? "" : c.etablissement().strip(), c.numero(), c.nom(),
                    c.prenom(), r.regle(), r.text().asked(), first, first.plusDays(delayDays), true, letterOf.apply(c)));
        }
        for (AskedBefore a : before) {
            if (!open.contains(a.numero() + "|" + a.regle())) {
                RequestText text = RuleCatalogue.contains(a.regle()) ? RuleCatalogue.get(a.regle()).request() : null;
                String asked = text == null ? a.regle() : text.asked();
                lines.add(new LetterFollowUp(a.etablissement() == null ? "" : a.etablissement(), a.numero(), a.nom(),
                        a.prenom(), a.regle(), asked, a.firstAsked(), a.firstAsked().plusDays(delayDays), false, ""));
            }
        }
        lines.sort(Comparator.comparing(LetterFollowUp::etablissement).thenComparing(LetterFollowUp::numero)
                .thenComparing(LetterFollowUp::regle));
        return lines;
    }
}
