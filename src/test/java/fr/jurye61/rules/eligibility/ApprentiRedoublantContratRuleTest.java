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

class ApprentiRedoublantContratRuleTest {
    private final ApprentiRedoublantContratRule rule = new ApprentiRedoublantContratRule();

    @Test
    void firesWhenTheContractEndedBeforeTheExam() {
        CandidateFile file = Fixtures.apprenti().redoublant()
                .contrat(PieceType.CONTRAT_APPRENTISSAGE, "2024-09-01", "2026-08-31").build();
        assertThat(run(rule, file, session())).singleElement()
                .satisfies(f -> assertThat(f.preuve()).contains("date_examen = 2027-06-08"));
    }

    @Test
    void passesWithAContractRunningOnTheExamDay() {
        CandidateFile endsThatDay = Fixtures.apprenti().redoublant()
                .contrat(PieceType.CONTRAT_APPRENTISSAGE, "2026-09-01", "2027-06-08").build();
        CandidateFile startsThatDay = Fixtures.apprenti().redoublant()
                .contrat(PieceType.CONTRAT_APPRENTISSAGE, "2027-06-08", "2028-06-08").build();
        assertThat(verdict(rule, endsThatDay, session())).isEqualTo(CheckResult.RESPECTEE);
        assertThat(verdict(rule, startsThatDay, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void passesWithAProrogation() {
        CandidateFile file = Fixtures.apprenti().redoublant()
                .contrat(PieceType.CONTRAT_APPRENTISSAGE, "2024-09-01", "2026-08-31")
                .contrat(PieceType.PROROGATION_CONTRAT, "2026-09-01", "2027-08-31").build();
        assertThat(verdict(rule, file, session())).isEqualTo(CheckResult.RESPECTEE);
    }

    @Test
    void onlyForRepeatingApprentices() {
        assertThat(rule.appliesTo(Fixtures.apprenti().build(), session())).isFalse();
    }
}
