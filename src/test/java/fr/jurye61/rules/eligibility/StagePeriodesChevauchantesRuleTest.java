package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class StagePeriodesChevauchantesRuleTest {
    private final StagePeriodesChevauchantesRule rule = new StagePeriodesChevauchantesRule();

    @Test
    void firesOnOverlappingPeriods() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-26").stage("2026-06-01", "2026-07-10")
                .build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).contains("union comptée : 50 jours ouvrés"));
    }

    @Test
    void adjacentPeriodsDoNotOverlap() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-12").stage("2026-06-15", "2026-07-24")
                .build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void sharingOneDayIsAnOverlap() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-12").stage("2026-06-12", "2026-07-24")
                .build();
        assertThat(run(rule, file, session())).hasSize(1);
    }
}
