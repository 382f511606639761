package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.PieceType;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class StageDureeReduiteRuleTest {
    private final StageDureeReduiteRule rule = new StageDureeReduiteRule();

    @Test
    void exactlyEightWeeksWithAReductionIsRecorded() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-26").recteur(PieceType.DECISION_REDUCTION)
                .build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).startsWith("40 jours ouvrés = 8,0 semaines"));
    }

    @Test
    void silentUnderTheFloorOrAtTheFullDuration() {
        CandidateFile under = Fixtures.scolaire().stage("2026-05-04", "2026-06-25").recteur(PieceType.DECISION_REDUCTION)
                .build();
        CandidateFile full = Fixtures.scolaire().stage("2026-05-04", "2026-07-24").recteur(PieceType.DECISION_REDUCTION)
                .build();
        assertThat(verdict(rule, under, session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(rule, full, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void needsTheRectorsDecision() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-26").build();
        assertThat(rule.appliesTo(file, session())).isFalse();
    }
}
