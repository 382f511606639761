package fr.jurye61.rules.report;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** RAPPORT-RESUME-ANGLAIS-LONGUEUR (§2.1.3): « une demi-page », read as a number of words. */
public final class RapportResumeAnglaisLongueurRule extends ContentRule {
    public RapportResumeAnglaisLongueurRule() {
        super("RAPPORT-RESUME-ANGLAIS-LONGUEUR");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return super.appliesTo(file, session) && report(file).first(SectionType.RESUME_ANGLAIS).isPresent();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        int words = report(file).summaryWords();
        if (words >= session.resumeAnglaisMotsMin() && words <= session.resumeAnglaisMotsMax()) {
            return List.of();
        }
        ReportSection summary = report(file).first(SectionType.RESUME_ANGLAIS).orElseThrow();
        return fire(file, fileName(file, session) + summary.evidence() + " ; " + words + " mots, attendu "
                + Evidence.parameter("resume_anglais_mots_min", session.resumeAnglaisMotsMin()) + " à "
                + Evidence.parameter("resume_anglais_mots_max", session.resumeAnglaisMotsMax()),
                Map.of("mots", String.valueOf(words), "minimum", String.valueOf(session.resumeAnglaisMotsMin()),
                        "maximum", String.valueOf(session.resumeAnglaisMotsMax())), source(file, session));
    }
}
