package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import fr.jurye61.domain.SessionParameters;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** RAPPORT-ACTIVITES (§2.1.3): « une ou deux activités réalisées » must be described. */
public final class RapportActivitesRule extends ContentRule {
    public RapportActivitesRule() {
        super("RAPPORT-ACTIVITES");
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        int count = report(file).activities();
        if (count >= 1 && count <= 2) {
            return List.of();
        }
        // the titles counted, so that the count and the list agree and the clerk rules in seconds
        List<ReportSection> counted = report(file).activityItems().isEmpty()
                ? report(file).sections().stream().filter(s -> s.type() == SectionType.ACTIVITE).toList()
                : report(file).activityItems();
        String detail = count == 0 ? "aucune description d'activité trouvée" : count + " activités décrites au lieu d'une ou deux";
        String where = counted.stream().map(s -> "« " + s.titre() + " » p. " + s.pageDebut())
                .collect(Collectors.joining(", "));
        String evidence = count == 0 ? detail + " ; " + SectionPresenceRule.headingsFound(report(file))
                : count + " activités : " + where;
        return fire(file, fileName(file, session) + evidence, Map.of("detail", detail), source(file, session));
    }
}
