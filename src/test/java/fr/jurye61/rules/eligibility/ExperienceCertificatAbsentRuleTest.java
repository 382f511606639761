package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CheckResult;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class ExperienceCertificatAbsentRuleTest {
    private final ExperienceCertificatAbsentRule rule = new ExperienceCertificatAbsentRule();

    @Test
    void firesWithoutAnyCertificate() {
        assertThat(run(rule, Fixtures.experience().build(), session())).hasSize(1);
    }

    @Test
    void aCertificateOfAnyDomainIsEnough() {
        assertThat(verdict(rule, Fixtures.experience().travail("2019-01-01", "2019-12-31", 100, false).build(), session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void aTwelveWeekStageStillQualifies() {
        assertThat(verdict(rule, Fixtures.experience().stage("2026-05-04", "2026-07-24").build(), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(rule, Fixtures.experience().stage("2026-05-04", "2026-07-23").build(), session())).hasSize(1);
    }
}
