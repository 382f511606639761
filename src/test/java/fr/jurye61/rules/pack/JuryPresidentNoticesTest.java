package fr.jurye61.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Conformite;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.JuryNotice;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.Recevabilite;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.RuleCatalogue;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** rules.md §5: who the jury president is told of. */
class JuryPresidentNoticesTest {
    private static Candidate candidate(String numero, String commission) {
        return new Candidate(numero, "N" + numero, "P", null, Voie.SCOLAIRE, null, null, false, false, null, null,
                commission, new SourceRef("i", 2));
    }

    private static Finding forceMajeure(String numero) {
        return RuleCatalogue.get("STAGE-FORCE-MAJEURE").finding(numero, "10 semaines", null);
    }

    @Test
    void forceMajeureAdmissionsAndNotValidatedCandidatesSortedByCommission() {
        List<Candidate> candidates = List.of(candidate("A2", "C02"), candidate("A1", "C01"), candidate("A3", "C01"),
                candidate("A4", "C01"));
        Map<String, Outcome> outcomes = Map.of(
                "A1", new Outcome(Recevabilite.RECEVABLE, Conformite.CONFORME, Decision.INTERROGE, List.of()),
                "A2", new Outcome(Recevabilite.RECEVABLE, Conformite.NON_CONFORME, Decision.NON_VALIDE, List.of()),
                "A3", new Outcome(Recevabilite.A_VERIFIER, Conformite.CONFORME, Decision.EN_ATTENTE, List.of()),
                "A4", new Outcome(Recevabilite.RECEVABLE, Conformite.CONFORME, Decision.INTERROGE, List.of()));
        Finding lifted = forceMajeure("A4").ruled(new Ruling("A4", "STAGE-FORCE-MAJEURE", RulingDecision.LEVE, "DEC",
                "erreur de saisie", null, new SourceRef("d", 2)));
        List<JuryNotice> notices = JuryPresidentNotices.select(candidates, outcomes,
                List.of(forceMajeure("A1"), forceMajeure("A3"), lifted));
        assertThat(notices).extracting(n -> n.commission() + " " + n.numero() + " " + n.motif())
                .containsExactly("C01 A1 FORCE_MAJEURE", "C02 A2 NON_VALIDE");
    }
}
