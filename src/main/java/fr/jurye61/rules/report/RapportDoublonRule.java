package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import java.util.List;
import java.util.Map;

/** RAPPORT-DOUBLON (§2.1.3: « à titre individuel »): the same file as another candidate's counted report. */
public final class RapportDoublonRule extends ContentRule {
    public RapportDoublonRule() {
        super("RAPPORT-DOUBLON");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.report() != null && file.report().sha256() != null;
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (file.sameReportAs().isEmpty()) {
            return List.of();
        }
        String others = String.join(", ", file.sameReportAs());
        return fire(file, fileName(file, session) + "SHA-256 " + report(file).sha256() + " identique au rapport retenu de "
                + others, Map.of("autre", others), source(file, session));
    }
}
