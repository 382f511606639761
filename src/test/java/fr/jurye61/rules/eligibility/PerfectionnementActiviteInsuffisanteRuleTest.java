package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class PerfectionnementActiviteInsuffisanteRuleTest {
    private final PerfectionnementActiviteInsuffisanteRule rule = new PerfectionnementActiviteInsuffisanteRule();

    // Exam 2027-06-08: the 12 months are 2026-06-08..2027-06-07, the 24 months 2025-06-08..2027-06-07.

    @Test
    void fullTimeWorkOf182DaysWithinTheYearPasses() {
        CandidateFile file = Fixtures.fc(StatutFc.PERFECTIONNEMENT).travail("2026-06-08", "2026-12-06", 100, true).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void fullTimeWorkOf181DaysFails() {
        CandidateFile file = Fixtures.fc(StatutFc.PERFECTIONNEMENT).travail("2026-06-08", "2026-12-05", 100, true).build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).startsWith("181 jours à temps plein"));
    }

    @Test
    void workBeforeTheWindowIsClipped() {
        CandidateFile file = Fixtures.fc(StatutFc.PERFECTIONNEMENT).travail("2026-01-01", "2026-12-05", 100, true).build();
        assertThat(run(rule, file, session())).hasSize(1);
    }

    @Test
    void partTimeWorkOf365DaysWithinTwoYearsPasses() {
        CandidateFile file = Fixtures.fc(StatutFc.PERFECTIONNEMENT).travail("2025-06-08", "2026-06-07", 50, true).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void partTimeWorkOf364DaysFails() {
        CandidateFile file = Fixtures.fc(StatutFc.PERFECTIONNEMENT).travail("2025-06-09", "2026-06-07", 50, true).build();
        assertThat(run(rule, file, session())).hasSize(1);
    }

    @Test
    void partTimeWorkDoesNotCountForTheFullTimeWindow() {
        CandidateFile file = Fixtures.fc(StatutFc.PERFECTIONNEMENT).travail("2026-06-08", "2027-06-07", 80, true).build();
        // 365 days within 24 months: passes by the part-time branch
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
        CandidateFile shorter = Fixtures.fc(StatutFc.PERFECTIONNEMENT).travail("2026-06-08", "2027-01-31", 80, true)
                .build();
        assertThat(run(rule, shorter, session())).hasSize(1);
    }

    @Test
    void workOutsideMetrologyIsNotCounted() {
        CandidateFile file = Fixtures.fc(StatutFc.PERFECTIONNEMENT).travail("2026-06-08", "2027-06-07", 100, false).build();
        assertThat(run(rule, file, session())).hasSize(1);
    }

    @Test
    void aTwelveWeekStageIsEnough() {
        CandidateFile file = Fixtures.fc(StatutFc.PERFECTIONNEMENT).stage("2026-05-04", "2026-07-24").build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void onlyForPerfectionnement() {
        assertThat(rule.appliesTo(Fixtures.fc(StatutFc.RECONVERSION).build(), session())).isFalse();
    }
}
