package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** STAGE-CONVENTION-ABSENTE (§2.1.1): a stage certificate without a convention number. */
public final class StageConventionAbsenteRule extends AbstractRule {
    public StageConventionAbsenteRule() {
        super("STAGE-CONVENTION-ABSENTE");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return StageFacts.of(file, session).stagePath();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        return StageFacts.of(file, session).stages().stream().filter(p -> p.reference() == null)
                .map(p -> finding(file, Evidence.where(p.source()) + " : colonne reference vide", Map.of(), p.source()))
                .toList();
    }
}
