package fr.jurye61.rules.pack;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.AskedBefore;
import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.LetterFollowUp;
import fr.jurye61.domain.LetterRequest;
import fr.jurye61.domain.RequestText;
import fr.jurye61.domain.RuleDefinition;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.RuleCatalogue;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What the letters of courriers/ ask, and their follow-up from night to night. */
class LetterRequestsTest {
    private static final LocalDate NIGHT = LocalDate.parse("2027-05-20");

    private static Candidate candidate(String numero, String school) {
        return new Candidate(numero, "N" + numero, "P" + numero, null, Voie.SCOLAIRE, null, null, false, false, null,
                school, "C01", new SourceRef("inscriptions/a.csv", 2));
    }

    private static Finding finding(String numero, String rule, String evidence) {
        return RuleCatalogue.get(rule).finding(numero, evidence, null);
    }

    private static Ruling ruling(String numero, String rule, RulingDecision decision) {
        return new Ruling(numero, rule, decision, "Mme Martin", "vu", null, new SourceRef("decisions/d.csv", 2));
    }

    @Test
    void anOpenFindingThatAsksForADocumentMakesOneRequestPerCandidateAndRule() {
        // given two unreadable pieces of one candidate, a missing visa, and findings that ask for nothing
        List<Candidate> candidates = List.of(candidate("B02", "Lycée Ampère"), candidate("B01", "Lycée Ampère"));
        List<Finding> findings = List.of(
                finding("B01", "PIECE-FICHIER-ILLISIBLE", "pieces/pieces.csv ligne 3 : scans/b.pdf (chiffré)"),
                finding("B01", "PIECE-FICHIER-ILLISIBLE", "pieces/pieces.csv ligne 2 : scans/a.pdf (fichier absent)"),
                finding("B01", "RAPPORT-VISA-ABSENT", "rapports/depots.csv ligne 2 : vise_structure = non"),
                finding("B01", "RAPPORT-PAGES-MAX", "62 pages"),
                finding("B02", "STAGE-CONVENTION-ABSENTE", "pieces/pieces.csv ligne 4"));

        // when the requests are selected
        List<LetterRequest> requests = LetterRequests.select(candidates, findings);

        // then B01 is asked for the pieces (both files named, sorted) and the visa; B02 for nothing
        assertThat(requests).extracting(r -> r.numero() + " " + r.regle())
                .containsExactly("B01 PIECE-FICHIER-ILLISIBLE", "B01 RAPPORT-VISA-ABSENT");
        assertThat(requests.get(0).evidence()).containsExactly(
                "pieces/pieces.csv ligne 2 : scans/a.pdf (fichier absent)",
                "pieces/pieces.csv ligne 3 : scans/b.pdf (chiffré)");
        assertThat(requests.get(1).text().asked()).isEqualTo("votre rapport visé par la structure d'accueil");
        assertThat(requests.get(1).text().reason()).contains("§2.1.3");
    }

    @Test
    void aLiftedFindingAsksNothingAndAConfirmedOneStillDoes() {
        List<Candidate> candidates = List.of(candidate("B01", null), candidate("B02", null));
        List<Finding> findings = List.of(
                finding("B01", "RAPPORT-VISA-ABSENT", "vise_structure = non")
                        .ruled(ruling("B01", "RAPPORT-VISA-ABSENT", RulingDecision.LEVE)),
                finding("B02", "DOSSIER-GRILLE-ABSENTE", "aucune grille")
                        .ruled(ruling("B02", "DOSSIER-GRILLE-ABSENTE", RulingDecision.CONFIRME)));

        List<LetterRequest> requests = LetterRequests.select(candidates, findings);

        assertThat(requests).extracting(r -> r.numero() + " " + r.regle()).containsExactly("B02 DOSSIER-GRILLE-ABSENTE");
        assertThat(requests.get(0).text().addressee()).isEqualTo(RequestText.Addressee.ETABLISSEMENT);
    }

    @Test
    void everyRequestOfTheCatalogueSaysWhatWhyAndToWhomAndOnlyRulesThatWaitOnADocumentAsk() {
        List<String> asking = RuleCatalogue.all().stream().filter(r -> r.request() != null).map(RuleDefinition::id).toList();
        assertThat(asking).contains("STAGE-ATTESTATION-ABSENTE", "APPRENTI-CONTRAT-ABSENT", "PIECE-FICHIER-ILLISIBLE",
                "RAPPORT-ABSENT", "RAPPORT-ILLISIBLE", "RAPPORT-SANS-TEXTE", "RAPPORT-VISA-ABSENT",
                "DOSSIER-GRILLE-ABSENTE");
        // a report's content or length is not something a letter can ask for after the deposit
        assertThat(asking).doesNotContain("RAPPORT-PAGES-MAX", "RAPPORT-CONCLUSION", "RAPPORT-HORS-DELAI",
                "STAGE-DUREE-SOUS-MINIMUM");
        for (RuleDefinition rule : RuleCatalogue.all()) {
            if (rule.request() != null) {
                assertThat(rule.request().asked()).as(rule.id()).isNotBlank();
                assertThat(rule.request().reason()).as(rule.id()).contains("§").endsWith(".");
            }
        }
    }

    @Test
    void aRequestMadeAgainKeepsItsFirstDateAndOneSettledStaysListedClosed() {
        // given B01 asked for its visa and B02 for its grid on 10 May; tonight only the visa is still missing
        Candidate b01 = candidate("B01", "Lycée Ampère");
        Candidate b02 = candidate("B02", "Lycée Branly");
        List<LetterRequest> tonight = LetterRequests.select(List.of(b01, b02),
                List.of(finding("B01", "RAPPORT-VISA-ABSENT", "vise_structure = non"),
                        finding("B01", "RAPPORT-ABSENT", "aucun dépôt")));
        List<AskedBefore> before = List.of(
                new AskedBefore("B01", "RAPPORT-VISA-ABSENT", "Lycée Ampère", "NB01", "PB01", LocalDate.parse("2027-05-10")),
                new AskedBefore("B02", "DOSSIER-GRILLE-ABSENTE", "Lycée Branly", "NB02", "PB02",
                        LocalDate.parse("2027-05-10")));

        // when the follow-up is made with a 15-day delay
        List<LetterFollowUp> lines = LetterFollowUps.of(tonight, List.of(b01, b02), before, NIGHT, 15,
                c -> "courriers/" + c.numero() + ".pdf");

        // then the visa keeps 10 May (due 25 May), the new request starts tonight, the grid is closed
        assertThat(lines).extracting(l -> l.numero() + " " + l.regle() + " " + l.firstAsked() + " " + l.due() + " "
                + l.open() + " " + l.letter()).containsExactly(
                        "B01 RAPPORT-ABSENT 2027-05-20 2027-06-04 true courriers/B01.pdf",
                        "B01 RAPPORT-VISA-ABSENT 2027-05-10 2027-05-25 true courriers/B01.pdf",
                        "B02 DOSSIER-GRILLE-ABSENTE 2027-05-10 2027-05-25 false ");
        assertThat(lines.get(2).etablissement()).isEqualTo("Lycée Branly");
        assertThat(lines.get(2).asked()).startsWith("la grille d'évaluation");
    }
}
