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

class TravailHorsMetrologieRuleTest {
    private final TravailHorsMetrologieRule rule = new TravailHorsMetrologieRule();

    @Test
    void firesForEachCertificateOutsideMetrology() {
        CandidateFile file = Fixtures.experience().travail("2020-01-01", "2023-12-31", 100, true)
                .travail("2019-01-01", "2019-12-31", 100, false).build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).contains("domaine_metrologie = non"));
    }

    @Test
    void silentForMetrologyWork() {
        CandidateFile file = Fixtures.fc(StatutFc.PERFECTIONNEMENT).travail("2026-06-08", "2027-06-07", 100, true).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void onlyForPerfectionnementAndExperience() {
        assertThat(rule.appliesTo(Fixtures.scolaire().travail("2019-01-01", "2019-12-31", 100, false).build(), session()))
                .isFalse();
    }
}
