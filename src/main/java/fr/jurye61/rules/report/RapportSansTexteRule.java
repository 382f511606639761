package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.SessionParameters;
import java.util.List;
import java.util.Map;

/** RAPPORT-SANS-TEXTE (§4): pages without extractable text (a scan): the content rules cannot run. */
public final class RapportSansTexteRule extends ContentRule {
    public RapportSansTexteRule() {
        super("RAPPORT-SANS-TEXTE");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.report() != null && file.report().readable();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        if (report(file).textLayer()) {
            return List.of();
        }
        return fire(file, fileName(file, session) + report(file).pages() + " pages, moins de "
                + "20 caractères de texte extractible par page en moyenne", Map.of(), source(file, session));
    }
}
