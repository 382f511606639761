package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.PieceType;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class ApprentiContratAbsentRuleTest {
    private final ApprentiContratAbsentRule rule = new ApprentiContratAbsentRule();

    @Test
    void firesWithoutContractNorEmployerAttestation() {
        assertThat(run(rule, Fixtures.apprenti().build(), session())).hasSize(1);
    }

    @Test
    void passesWithEither() {
        assertThat(verdict(rule, Fixtures.apprenti().contrat(PieceType.CONTRAT_APPRENTISSAGE, "2025-09-01", "2027-08-31")
                .build(), session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(rule, Fixtures.apprenti().contrat(PieceType.ATTESTATION_EMPLOYEUR, null, null).build(), session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void anUnreadableContractDoesNotCount() {
        CandidateFile file = Fixtures.apprenti().piece(PieceType.CONTRAT_APPRENTISSAGE, EmetteurType.EMPLOYEUR,
                "2025-09-01", "2027-08-31", 100, true, null, FileState.PAS_UN_PDF).build();
        assertThat(run(rule, file, session())).hasSize(1);
    }

    @Test
    void onlyForApprentices() {
        assertThat(rule.appliesTo(Fixtures.scolaire().build(), session())).isFalse();
    }
}
