package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CheckResult;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class InscriptionCommissionInconnueRuleTest {
    private final InscriptionCommissionInconnueRule rule = new InscriptionCommissionInconnueRule();

    @Test
    void firesForAnUnknownCommission() {
        assertThat(run(rule, Fixtures.scolaire().commissionInconnue().build(), session())).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("C01"));
    }

    @Test
    void silentForAKnownCommission() {
        assertThat(verdict(rule, Fixtures.scolaire().build(), session())).isEqualTo(CheckResult.RESPECTEE);
    }
}
