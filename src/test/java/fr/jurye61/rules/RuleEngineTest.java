package fr.jurye61.rules;

import static fr.jurye61.rules.Fixtures.session;
import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.Conformite;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Gravite;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.Recevabilite;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.Statut;
import fr.jurye61.rules.engine.RuleEngine;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Outcomes (rules.md §1) and rulings applied like suppressions. */
class RuleEngineTest {
    private final RuleEngine engine = RuleEngine.standard();

    private static Ruling ruling(String regle, RulingDecision decision) {
        return new Ruling("P01", regle, decision, "Service des examens", "Vu le dossier", null,
                new SourceRef("decisions/d.csv", 2));
    }

    private static Fixtures.Dossier complete() {
        return Fixtures.scolaire().stage("2026-05-04", "2026-07-24").depotDansLesDelais().grille(FileState.LISIBLE);
    }

    @Test
    void aCompleteFileIsInterviewedAndEveryCheckIsRecorded() {
        Evaluation e = engine.evaluate(complete().build(), session(), List.of());
        assertThat(e.outcome().decision()).isEqualTo(Decision.INTERROGE);
        assertThat(e.outcome().constats()).isEmpty();
        assertThat(e.findings()).isEmpty();
        assertThat(e.checks()).extracting(c -> c.regle()).contains("STAGE-DUREE-INSUFFISANTE", "DOSSIER-GRILLE-ABSENTE");
        assertThat(e.checks()).filteredOn(c -> c.regle().equals("STAGE-DUREE-INSUFFISANTE")).singleElement()
                .satisfies(c -> assertThat(c.resultat()).isEqualTo(CheckResult.RESPECTEE));
        assertThat(e.checks()).filteredOn(c -> c.regle().equals("APPRENTI-CONTRAT-ABSENT")).singleElement()
                .satisfies(c -> assertThat(c.resultat()).isEqualTo(CheckResult.NON_APPLICABLE));
    }

    @Test
    void aBlockingEligibilityFindingMakesTheCandidateNotAdmitted() {
        Evaluation e = engine.evaluate(Fixtures.scolaire().depotDansLesDelais().grille(FileState.LISIBLE).build(),
                session(), List.of());
        assertThat(e.outcome().recevabilite()).isEqualTo(Recevabilite.IRRECEVABLE);
        assertThat(e.outcome().decision()).isEqualTo(Decision.NON_ADMIS);
        assertThat(e.outcome().constats()).containsExactly("STAGE-ATTESTATION-ABSENTE");
    }

    @Test
    void notAdmittedPrevailsOverNotValidated() {
        Evaluation e = engine.evaluate(Fixtures.scolaire().build(), session(), List.of());
        assertThat(e.outcome().conformite()).isEqualTo(Conformite.NON_CONFORME);
        assertThat(e.outcome().decision()).isEqualTo(Decision.NON_ADMIS);
        assertThat(e.outcome().constats()).containsExactly("RAPPORT-ABSENT", "STAGE-ATTESTATION-ABSENTE");
    }

    @Test
    void aFindingToVerifyKeepsTheCandidatePending() {
        Evaluation e = engine.evaluate(complete().commissionInconnue().build(), session(), List.of());
        assertThat(e.outcome().recevabilite()).isEqualTo(Recevabilite.A_VERIFIER);
        assertThat(e.outcome().decision()).isEqualTo(Decision.EN_ATTENTE);
    }

    @Test
    void infoFindingsAreRecordedButDecideNothing() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-07-03").recteur(PieceType.DECISION_REDUCTION)
                .depotDansLesDelais().grille(FileState.LISIBLE).build();
        Evaluation e = engine.evaluate(file, session(), List.of());
        assertThat(e.findings()).extracting(f -> f.regle()).containsExactly("STAGE-DUREE-REDUITE");
        assertThat(e.outcome().decision()).isEqualTo(Decision.INTERROGE);
        assertThat(e.outcome().constats()).isEmpty();
    }

    @Test
    void aRulingCanLiftABlockingFindingAndKeepsItsAuthor() {
        CandidateFile file = Fixtures.scolaire().stage("2026-05-04", "2026-07-24")
                .depot("2027-05-13T08:00:00Z", true, fr.jurye61.domain.Origine.NOUVEAU).grille(FileState.LISIBLE).build();
        Evaluation before = engine.evaluate(file, session(), List.of());
        assertThat(before.outcome().decision()).isEqualTo(Decision.NON_VALIDE);

        Evaluation after = engine.evaluate(file, session(), List.of(ruling("RAPPORT-HORS-DELAI", RulingDecision.LEVE)));
        assertThat(after.findings()).singleElement().satisfies(f -> {
            assertThat(f.statut()).isEqualTo(Statut.LEVE);
            assertThat(f.auteurDecision()).isEqualTo("Service des examens");
            assertThat(f.justification()).isEqualTo("Vu le dossier");
        });
        assertThat(after.outcome().decision()).isEqualTo(Decision.INTERROGE);
        assertThat(after.outcome().constats()).isEmpty();
    }

    @Test
    void aConfirmationMakesAFindingToVerifyBlocking() {
        Evaluation e = engine.evaluate(complete().commissionInconnue().build(), session(),
                List.of(ruling("INSCRIPTION-COMMISSION-INCONNUE", RulingDecision.CONFIRME)));
        assertThat(e.findings()).singleElement().satisfies(f -> {
            assertThat(f.statut()).isEqualTo(Statut.CONFIRME);
            assertThat(f.gravite()).isEqualTo(Gravite.BLOQUANT);
        });
        assertThat(e.outcome().recevabilite()).isEqualTo(Recevabilite.IRRECEVABLE);
        assertThat(e.outcome().constats()).containsExactly("INSCRIPTION-COMMISSION-INCONNUE");
    }

    @Test
    void aRulingMatchingNoFindingIsReportedAndChangesNothing() {
        Ruling stray = ruling("RAPPORT-QSSE", RulingDecision.CONFIRME);
        Evaluation e = engine.evaluate(complete().build(), session(), List.of(stray));
        assertThat(e.unmatchedRulings()).containsExactly(stray);
        assertThat(e.outcome().decision()).isEqualTo(Decision.INTERROGE);
    }

    @Test
    void theLastRulingOnARulePrevails() {
        Evaluation e = engine.evaluate(complete().commissionInconnue().build(), session(),
                List.of(ruling("INSCRIPTION-COMMISSION-INCONNUE", RulingDecision.CONFIRME),
                        ruling("INSCRIPTION-COMMISSION-INCONNUE", RulingDecision.LEVE)));
        assertThat(e.findings()).singleElement().satisfies(f -> assertThat(f.statut()).isEqualTo(Statut.LEVE));
        assertThat(e.outcome().decision()).isEqualTo(Decision.INTERROGE);
    }

    @Test
    void aCandidateWhoWouldBeInterviewedWithoutReadableGridIsPending() {
        Evaluation e = engine.evaluate(Fixtures.scolaire().stage("2026-05-04", "2026-07-24").depotDansLesDelais()
                .grille(FileState.ENDOMMAGE).build(), session(), List.of());
        assertThat(e.outcome().decision()).isEqualTo(Decision.EN_ATTENTE);
        assertThat(e.outcome().constats()).containsExactly("DOSSIER-GRILLE-ABSENTE");
        assertThat(e.findings()).singleElement().satisfies(f -> assertThat(f.preuve()).contains("endommagé"));
    }

    @Test
    void theGridRuleIsNotAskedOfCandidatesWhoWouldNotBeInterviewed() {
        Evaluation e = engine.evaluate(Fixtures.scolaire().depotDansLesDelais().build(), session(), List.of());
        assertThat(e.outcome().constats()).doesNotContain("DOSSIER-GRILLE-ABSENTE");
    }

    @Test
    void findingsComeSortedByRuleThenEvidence() {
        CandidateFile file = Fixtures.scolaire().stageSansConvention("2026-06-01", "2026-07-10")
                .stageSansConvention("2026-05-04", "2026-06-26").build();
        Evaluation e = engine.evaluate(file, session(), List.of());
        assertThat(e.findings()).isSortedAccordingTo(fr.jurye61.domain.Finding.ORDER);
        assertThat(e.findings()).extracting(f -> f.regle()).containsSubsequence("RAPPORT-ABSENT",
                "STAGE-CONVENTION-ABSENTE", "STAGE-CONVENTION-ABSENTE", "STAGE-DUREE-INSUFFISANTE");
    }
}
