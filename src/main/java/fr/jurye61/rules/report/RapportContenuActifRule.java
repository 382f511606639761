package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import java.util.List;
import java.util.Map;

/** RAPPORT-CONTENU-ACTIF (§2.1.4): JavaScript, launch actions or attached files; stripped from the pack. */
public final class RapportContenuActifRule extends ContentRule {
    public RapportContenuActifRule() {
        super("RAPPORT-CONTENU-ACTIF");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.report() != null && file.report().readable();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        List<String> active = report(file).activeContent();
        if (active.isEmpty()) {
            return List.of();
        }
        String detail = String.join(", ", active);
        return fire(file, fileName(file, session) + "contient " + detail, Map.of("detail", detail),
                source(file, session));
    }
}
