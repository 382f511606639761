package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import java.util.List;
import java.util.Map;

/**
 * RAPPORT-ILLISIBLE (§4): missing or empty file, not a PDF, a user password, or damaged. An
 * owner password alone does not count: the file opens as any reader opens it.
 */
public final class RapportIllisibleRule extends ContentRule {
    public RapportIllisibleRule() {
        super("RAPPORT-ILLISIBLE");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.report() != null;
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (report(file).readable()) {
            return List.of();
        }
        String state = report(file).state().libelle();
        return fire(file, fileName(file, session) + state, Map.of("etat", state), source(file, session));
    }
}
