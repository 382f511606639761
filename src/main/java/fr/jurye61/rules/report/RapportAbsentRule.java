package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.InputLayout;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import java.util.List;
import java.util.Map;

/** RAPPORT-ABSENT (§4): no deposit at all. */
public final class RapportAbsentRule extends AbstractRule {
    public RapportAbsentRule() {
        super("RAPPORT-ABSENT");
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (!file.deposits().isEmpty()) {
            return List.of();
        }
        return fire(file, "aucune ligne acceptée pour " + file.numero() + " dans " + InputLayout.DEPOTS, Map.of(),
                file.candidate().source());
    }
}
