package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.PieceType;
import fr.jurye61.rules.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

class StageDureeInsuffisanteRuleTest {
    private final StageDureeInsuffisanteRule rule = new StageDureeInsuffisanteRule();

    @Test
    void exactlySixtyWeekdaysIsTwelveWeeks() {
        // Monday 4 May to Friday 24 July 2026: 60 weekdays
        assertThat(verdict(rule, Fixtures.scolaire().stage("2026-05-04", "2026-07-24").build(), session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void fiftyNineWeekdaysIsNotEnough() {
        List<Finding> findings = run(rule, Fixtures.scolaire().stage("2026-05-04", "2026-07-23").build(), session());
        assertThat(findings).singleElement().satisfies(f -> {
            assertThat(f.preuve()).startsWith("59 jours ouvrés = 11,8 semaines").contains("duree_stage_semaines = 12");
            assertThat(f.message()).contains("11,8 semaines").contains("12 semaines");
        });
    }

    @Test
    void twoHostsSixPlusSixWeeksAddUp() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-12").stage("2026-06-15", "2026-07-24")
                .build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void overlappingPeriodsCountOnce() {
        // 8 weeks + 6 weeks overlapping: the union is 10 weeks
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-26").stage("2026-06-01", "2026-07-10")
                .build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).startsWith("50 jours ouvrés = 10,0 semaines"));
    }

    @Test
    void aRectoralDecisionSilencesIt() {
        CandidateFile reduced = Fixtures.scolaire().stage("2026-05-04", "2026-07-03")
                .recteur(PieceType.DECISION_REDUCTION).build();
        CandidateFile forceMajeure = Fixtures.scolaire().stage("2026-05-04", "2026-07-03")
                .recteur(PieceType.AUTORISATION_FORCE_MAJEURE).build();
        assertThat(verdict(rule, reduced, session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(rule, forceMajeure, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void aDecisionNotIssuedByTheRectorIsIgnored() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-07-03")
                .decisionPar(PieceType.DECISION_REDUCTION, EmetteurType.ETABLISSEMENT).build();
        assertThat(run(rule, file, session())).hasSize(1);
    }

    @Test
    void theThresholdComesFromTheSession() {
        // a session that lowered the floor to 10 weeks by decree
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-07-10").build();
        assertThat(verdict(rule, file, session(10, 8))).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(rule, file, session(11, 8))).singleElement()
                .satisfies(f -> assertThat(f.preuve()).contains("duree_stage_semaines = 11"));
    }

    @Test
    void doesNotRunWithADispensationOrWithoutCertificate() {
        assertThat(rule.appliesTo(Fixtures.scolaire().recteur(PieceType.DISPENSE).stage("2026-05-04", "2026-05-08")
                .build(), session())).isFalse();
        assertThat(rule.appliesTo(Fixtures.scolaire().build(), session())).isFalse();
    }
}
