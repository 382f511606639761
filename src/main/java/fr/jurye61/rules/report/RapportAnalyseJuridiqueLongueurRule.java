package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** RAPPORT-ANALYSE-JURIDIQUE-LONGUEUR (§2.1.3): « entre 2 et 4 pages ». */
public final class RapportAnalyseJuridiqueLongueurRule extends ContentRule {
    public RapportAnalyseJuridiqueLongueurRule() {
        super("RAPPORT-ANALYSE-JURIDIQUE-LONGUEUR");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return super.appliesTo(file, session) && report(file).first(SectionType.JURIDIQUE).isPresent();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        ReportSection legal = report(file).first(SectionType.JURIDIQUE).orElseThrow();
        if (legal.pages() >= session.juridiquePagesMin() && legal.pages() <= session.juridiquePagesMax()) {
            return List.of();
        }
        return fire(file, fileName(file, session) + legal.evidence() + " ; attendu "
                + Evidence.parameter("juridique_pages_min", session.juridiquePagesMin()) + " à "
                + Evidence.parameter("juridique_pages_max", session.juridiquePagesMax()),
                Map.of("pages", String.valueOf(legal.pages()), "minimum", String.valueOf(session.juridiquePagesMin()),
                        "maximum", String.valueOf(session.juridiquePagesMax())), source(file, session));
    }
}
