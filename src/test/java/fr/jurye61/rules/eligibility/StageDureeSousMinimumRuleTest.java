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

class StageDureeSousMinimumRuleTest {
    private final StageDureeSousMinimumRule rule = new StageDureeSousMinimumRule();

    @Test
    void firesUnderTheFloorDespiteAReduction() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-25").recteur(PieceType.DECISION_REDUCTION)
                .build();
        assertThat(run(rule, file, session())).singleElement().satisfies(f -> assertThat(f.preuve())
                .startsWith("39 jours ouvrés = 7,8 semaines").contains("duree_stage_reduite_min_semaines = 8"));
    }

    @Test
    void passesAtTheFloor() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-26").recteur(PieceType.DECISION_REDUCTION)
                .build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void theFloorComesFromTheSession() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-12").recteur(PieceType.DECISION_REDUCTION)
                .build();
        assertThat(verdict(rule, file, session(12, 6))).isEqualTo(CheckResult.RESPECTEE);
        assertThat(run(rule, file, session(12, 8))).hasSize(1);
    }

    @Test
    void leavesTheForceMajeureConflictToItsOwnRule() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-06-12").recteur(PieceType.DECISION_REDUCTION)
                .recteur(PieceType.AUTORISATION_FORCE_MAJEURE).build();
        assertThat(rule.appliesTo(file, session())).isFalse();
    }
}
