package fr.jurye61.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** changements.csv's logic: decision or open findings changed, new and removed candidates. */
class ChangeTest {
    private static Outcome outcome(Decision decision, String... constats) {
        return new Outcome(Recevabilite.RECEVABLE, Conformite.CONFORME, decision, List.of(constats));
    }

    @Test
    void listsOnlyWhatChanged() {
        Map<String, Outcome> before = Map.of(
                "P01", outcome(Decision.INTERROGE),
                "P02", outcome(Decision.EN_ATTENTE, "RAPPORT-VISA-ABSENT"),
                "P03", outcome(Decision.EN_ATTENTE, "A", "B"),
                "P04", outcome(Decision.INTERROGE));
        Map<String, Outcome> after = Map.of(
                "P01", outcome(Decision.INTERROGE),
                "P02", outcome(Decision.INTERROGE),
                "P03", outcome(Decision.EN_ATTENTE, "B", "C"),
                "P05", outcome(Decision.NON_ADMIS, "STAGE-ATTESTATION-ABSENTE"));
        assertThat(Change.between(before, after)).containsExactly(
                new Change("P02", Decision.EN_ATTENTE, Decision.INTERROGE, List.of(), List.of("RAPPORT-VISA-ABSENT")),
                new Change("P03", Decision.EN_ATTENTE, Decision.EN_ATTENTE, List.of("C"), List.of("A")),
                new Change("P04", Decision.INTERROGE, null, List.of(), List.of()),
                new Change("P05", null, Decision.NON_ADMIS, List.of("STAGE-ATTESTATION-ABSENTE"), List.of()));
    }

    @Test
    void aFirstNightListsEveryCandidateAsNew() {
        assertThat(Change.between(Map.of(), Map.of("P01", outcome(Decision.INTERROGE))))
                .containsExactly(new Change("P01", null, Decision.INTERROGE, List.of(), List.of()));
    }
}
