package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class StageAttestationAbsenteRuleTest {
    private final StageAttestationAbsenteRule rule = new StageAttestationAbsenteRule();

    @Test
    void firesWithoutAnyCertificate() {
        assertThat(run(rule, Fixtures.scolaire().build(), session())).singleElement()
                .satisfies(f -> assertThat(f.gravite().name()).isEqualTo("BLOQUANT"));
    }

    @Test
    void firesWhenTheOnlyCertificateIsUnreadable() {
        CandidateFile file = Fixtures.scolaire().stageIllisible("2026-05-04", "2026-07-24", FileState.MANQUANT).build();
        assertThat(run(rule, file, session())).hasSize(1);
    }

    @Test
    void passesWithACertificateADispensationOrAForceMajeureAuthorisation() {
        assertThat(verdict(rule, Fixtures.scolaire().stage("2026-05-04", "2026-07-24").build(), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(rule, Fixtures.scolaire().recteur(PieceType.DISPENSE).build(), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(rule, Fixtures.scolaire().recteur(PieceType.AUTORISATION_FORCE_MAJEURE).build(), session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void appliesToFirstTrainingAndRetrainingButNotToOtherPaths() {
        assertThat(run(rule, Fixtures.fc(StatutFc.PREMIERE_FORMATION).build(), session())).hasSize(1);
        assertThat(run(rule, Fixtures.fc(StatutFc.RECONVERSION).build(), session())).hasSize(1);
        assertThat(rule.appliesTo(Fixtures.fc(StatutFc.PERFECTIONNEMENT).build(), session())).isFalse();
        assertThat(rule.appliesTo(Fixtures.apprenti().build(), session())).isFalse();
        assertThat(rule.appliesTo(Fixtures.experience().build(), session())).isFalse();
    }
}
