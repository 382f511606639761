package fr.jurye61.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.LetterFollowUp;
import fr.jurye61.domain.LetterRequest;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.Voie;
import fr.jurye61.reports.Golden;
import fr.jurye61.rules.RuleCatalogue;
import fr.jurye61.rules.pack.LetterFollowUps;
import fr.jurye61.rules.pack.LetterRequests;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A school's letters: text per page against a golden file, one letter per candidate, same bytes twice. */
class LettersPdfRendererTest {
    private static final LocalDate NIGHT = LocalDate.parse("2027-05-20");

    @TempDir
    Path dir;

    private static Candidate candidate(String numero, String nom, String prenom) {
        return new Candidate(numero, nom, prenom, null, Voie.SCOLAIRE, null, null, false, false, null, "Lycée Ampère",
                "C01", new SourceRef("inscriptions/a.csv", 2));
    }

    private static List<LettersPdfRenderer.Letter> letters() {
        Candidate martin = candidate("A01", "Martin", "Noël");
        Candidate durand = candidate("A02", "Durand", "Lou");
        List<Finding> findings = List.of(
                RuleCatalogue.get("PIECE-FICHIER-ILLISIBLE").finding("A01",
                        "pieces/pieces.csv ligne 2 : pieces/scans/A01.pdf (chiffré)", null),
                RuleCatalogue.get("RAPPORT-VISA-ABSENT").finding("A01", "rapports/depots.csv ligne 2 : vise_structure = non",
                        null),
                RuleCatalogue.get("DOSSIER-GRILLE-ABSENTE").finding("A02", "aucune grille lisible pour A02", null));
        List<LetterRequest> requests = LetterRequests.select(List.of(martin, durand), findings);
        List<LetterFollowUp> followUps = LetterFollowUps.of(requests, List.of(martin, durand),
                List.of(new fr.jurye61.domain.AskedBefore("A01", "RAPPORT-VISA-ABSENT", "Lycée Ampère", "Martin", "Noël",
                        LocalDate.parse("2027-05-01"))), NIGHT, 15, c -> "courriers/lycee-ampere.pdf");
        List<LettersPdfRenderer.Letter> letters = new ArrayList<>();
        for (Candidate c : List.of(martin, durand)) {
            Map<String, LetterFollowUp> theirs = new LinkedHashMap<>();
            followUps.stream().filter(f -> f.numero().equals(c.numero())).forEach(f -> theirs.put(f.regle(), f));
            letters.add(new LettersPdfRenderer.Letter(c, requests.stream().filter(r -> r.numero().equals(c.numero())).toList(),
                    theirs));
        }
        return letters;
    }

    @Test
    void eachCandidateHasALetterSayingWhatIsMissingWhyAndByWhen() throws Exception {
        // given two candidates of one school: one asked for a piece and a visa (first asked on 1 May), one for a grid
        Path pdf = dir.resolve("lycee-ampere.pdf");

        // when the school's letters are written
        LettersPdfRenderer.render(pdf, "BTS MM — session 2027", "Lycée Ampère", NIGHT, letters(), new byte[16]);

        // then each letter starts a page, and its text is the golden one
        List<String> actual = new ArrayList<>();
        try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
            PDFTextStripper stripper = new PDFTextStripper();
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                actual.add("=== page " + page);
                actual.addAll(stripper.getText(document).lines().map(String::stripTrailing).toList());
            }
            assertThat(document.getNumberOfPages()).isEqualTo(2);
        }
        assertLinesMatch(Golden.lines("courriers/lycee-ampere.txt", actual), actual);
        String text = String.join("\n", actual);
        assertThat(text).contains("À envoyer au plus tard le 4 juin 2027.",
                "Le délai demandé est dépassé depuis le 16 mai 2027 : à envoyer sans attendre", "1er mai 2027).",
                "- à fournir par");
    }

    @Test
    void theSameLettersGiveTheSameBytes() throws Exception {
        Path first = dir.resolve("a.pdf");
        Path second = dir.resolve("b.pdf");
        LettersPdfRenderer.render(first, "BTS MM", "Lycée Ampère", NIGHT, letters(), new byte[16]);
        LettersPdfRenderer.render(second, "BTS MM", "Lycée Ampère", NIGHT, letters(), new byte[16]);
        assertThat(Files.readAllBytes(first)).isEqualTo(Files.readAllBytes(second));
    }
}
