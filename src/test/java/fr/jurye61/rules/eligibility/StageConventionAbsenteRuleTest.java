package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class StageConventionAbsenteRuleTest {
    private final StageConventionAbsenteRule rule = new StageConventionAbsenteRule();

    @Test
    void firesForEachCertificateWithoutConvention() {
        CandidateFile file = Fixtures.scolaire().stageSansConvention("2026-05-04", "2026-06-12")
                .stage("2026-06-15", "2026-07-24").build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).contains("pieces/pieces.csv ligne 2"));
    }

    @Test
    void passesWithAConventionNumber() {
        assertThat(verdict(rule, Fixtures.scolaire().stage("2026-05-04", "2026-07-24").build(), session())).isEqualTo(CheckResult.RESPECTEE);
    }
}
