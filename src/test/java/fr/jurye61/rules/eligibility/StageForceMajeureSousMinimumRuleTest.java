package fr.jurye61.rules.eligibility;

import static fr.jurye61.rules.Fixtures.run;
import static fr.jurye61.rules.Fixtures.session;
import static fr.jurye61.rules.Fixtures.verdict;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.PieceType;
import fr.jurye61.rules.Fixtures;
import org.junit.jupiter.api.Test;

class StageForceMajeureSousMinimumRuleTest {
    private final StageForceMajeureSousMinimumRule rule = new StageForceMajeureSousMinimumRule();

    @Test
    void firesUnderTheFloor() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-12")
                .recteur(PieceType.AUTORISATION_FORCE_MAJEURE).build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.gravite().name()).isEqualTo("A_VERIFIER"));
    }

    @Test
    void withoutAnyCertificateTheDurationIsZero() {
        CandidateFile file = Fixtures.scolaire().recteur(PieceType.AUTORISATION_FORCE_MAJEURE).build();
        assertThat(run(rule, file, session())).singleElement().satisfies(f -> assertThat(f.preuve())
                .startsWith("0 jours ouvrés = 0,0 semaines").contains("aucune attestation"));
    }

    @Test
    void passesAtTheFloor() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-26")
                .recteur(PieceType.AUTORISATION_FORCE_MAJEURE).build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void alsoWhenAReductionExists() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-12")
                .recteur(PieceType.AUTORISATION_FORCE_MAJEURE).recteur(PieceType.DECISION_REDUCTION).build();
        assertThat(run(rule, file, session())).hasSize(1);
    }
}
