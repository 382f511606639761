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

class FcContratParticulierRuleTest {
    private final FcContratParticulierRule rule = new FcContratParticulierRule();

    @Test
    void firesUnderASpecialContractWithWorkCertificates() {
        CandidateFile file = Fixtures.fc(StatutFc.RECONVERSION).contratParticulier()
                .travail("2025-09-01", "2027-06-30", 100, true).build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.gravite().name()).isEqualTo("A_VERIFIER"));
        assertThat(verdict(new StageAttestationAbsenteRule(), file, session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(new StageDureeInsuffisanteRule(), file, session())).isEqualTo(CheckResult.NON_APPLICABLE);
    }

    @Test
    void silentWhenTheStageIsLongEnough() {
        CandidateFile file = Fixtures.fc(StatutFc.PREMIERE_FORMATION).contratParticulier()
                .stage("2026-05-04", "2026-07-24").travail("2025-09-01", "2027-06-30", 100, true).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void withoutWorkCertificateTheStageRulesApply() {
        CandidateFile file = Fixtures.fc(StatutFc.RECONVERSION).contratParticulier().build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(new StageAttestationAbsenteRule(), file, session())).hasSize(1);
    }

    @Test
    void onlyUnderASpecialContract() {
        CandidateFile file = Fixtures.fc(StatutFc.RECONVERSION).travail("2025-09-01", "2027-06-30", 100, true).build();
        assertThat(rule.appliesTo(file, session())).isFalse();
        assertThat(run(new StageAttestationAbsenteRule(), file, session())).hasSize(1);
    }
}
