package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Period;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** STAGE-PERIODES-CHEVAUCHANTES (§2.1.2): two certified periods overlap; the union counts them once. */
public final class StagePeriodesChevauchantesRule extends AbstractRule {
    public StagePeriodesChevauchantesRule() {
        super("STAGE-PERIODES-CHEVAUCHANTES");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return StageFacts.of(file, session).durationRulesRun();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        List<Piece> stages = StageFacts.of(file, session).stages();
        List<Finding> findings = new ArrayList<>();
        for (int i = 0; i < stages.size(); i++) {
            for (int j = i + 1; j < stages.size(); j++) {
                Piece a = stages.get(i);
                Piece b = stages.get(j);
                if (new Period(a.dateDebut(), a.dateFin()).overlaps(new Period(b.dateDebut(), b.dateFin()))) {
                    findings.add(finding(file, Evidence.periods(List.of(a, b)) + " ; union comptée : "
                            + Evidence.weeks(StageFacts.of(file, session).weekdays()), Map.of(), b.source()));
                }
            }
        }
        return findings;
    }
}
