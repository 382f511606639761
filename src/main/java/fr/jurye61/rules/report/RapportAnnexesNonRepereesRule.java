package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import java.util.List;
import java.util.Map;

/** RAPPORT-ANNEXES-NON-REPEREES (§2.1.3): no annex heading: every page counts as body. */
public final class RapportAnnexesNonRepereesRule extends ContentRule {
    public RapportAnnexesNonRepereesRule() {
        super("RAPPORT-ANNEXES-NON-REPEREES");
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (report(file).annexStart() != null) {
            return List.of();
        }
        return fire(file, fileName(file, session) + "aucun titre « Annexes » dans le corps du rapport ; "
                + report(file).pages() + " pages comptées", Map.of(), source(file, session));
    }
}
