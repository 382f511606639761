package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** RAPPORT-QSSE-LONGUEUR (§2.1.3): « 4 pages maximum ». */
public final class RapportQsseLongueurRule extends ContentRule {
    public RapportQsseLongueurRule() {
        super("RAPPORT-QSSE-LONGUEUR");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return super.appliesTo(file, session) && report(file).first(SectionType.QSSE).isPresent();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        ReportSection qsse = report(file).first(SectionType.QSSE).orElseThrow();
        if (qsse.pages() <= session.qssePagesMax()) {
            return List.of();
        }
        return fire(file, fileName(file, session) + qsse.evidence() + " > "
                + Evidence.parameter("qsse_pages_max", session.qssePagesMax()),
                Map.of("pages", String.valueOf(qsse.pages()), "seuil", String.valueOf(session.qssePagesMax())),
                source(file, session));
    }
}
