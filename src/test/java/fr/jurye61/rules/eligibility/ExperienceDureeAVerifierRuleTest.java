package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class ExperienceDureeAVerifierRuleTest {
    private final ExperienceDureeAVerifierRule rule = new ExperienceDureeAVerifierRule();

    // 36 months = 36 x 30.44 = 1095.84 days: 1096 days pass, 1095 do not.

    @Test
    void passesAt1096Days() {
        CandidateFile file = Fixtures.experience().travail("2022-01-01", "2024-12-31", 100, true).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void firesAt1095Days() {
        CandidateFile file = Fixtures.experience().travail("2022-01-02", "2024-12-31", 100, true).build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).startsWith("1095 jours = 36,0 mois").contains("experience_min_mois = 36"));
    }

    @Test
    void workingTimeDoesNotMatterButDomainDoes() {
        CandidateFile partTime = Fixtures.experience().travail("2022-01-01", "2024-12-31", 30, true).build();
        CandidateFile elsewhere = Fixtures.experience().travail("2022-01-01", "2024-12-31", 100, false).build();
        assertThat(verdict(rule, partTime, session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(rule, elsewhere, session())).hasSize(1);
    }

    @Test
    void overlappingCertificatesCountOnce() {
        CandidateFile file = Fixtures.experience().travail("2023-01-01", "2024-12-31", 100, true)
                .travail("2023-06-01", "2024-06-30", 100, true).build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).startsWith("731 jours"));
    }

    @Test
    void notWithoutCertificateNorWithAQualifyingStage() {
        assertThat(rule.appliesTo(Fixtures.experience().build(), session())).isFalse();
        assertThat(verdict(rule, Fixtures.experience().stage("2026-05-04", "2026-07-24")
                .travail("2024-01-01", "2024-12-31", 100, true).build(), session())).isEqualTo(CheckResult.RESPECTEE);
    }
}
