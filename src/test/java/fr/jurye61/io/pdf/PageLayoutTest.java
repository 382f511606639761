package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.SectionType;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.junit.jupiter.api.Test;

/**
 * The page-layout and heading parts of the analysis on in-memory pages (no PDF): what a contents
 * line is, running headers and footers set apart, a contents page found, headings read from the text.
 */
class PageLayoutTest {
    private static final String BODY = "Le service assure le suivi des instruments de mesure et la gestion du parc de "
            + "capteurs utilisés par les équipes de production de l'usine avec des contrôles réguliers";

    /** A page: a running header, the given lines, body text, and a page number at the foot. */
    private static TextLines.Page page(int number, TextLines.Line... top) {
        List<TextLines.Line> lines = new ArrayList<>();
        lines.add(new TextLines.Line("Rapport de stage - Lucas Martin - BTS MM 2027", 9, false, 800, 50));
        float y = 760;
        for (TextLines.Line line : top) {
            lines.add(new TextLines.Line(line.text(), line.size(), line.bold(), y, 50));
            y -= 30;
        }
        String[] words = BODY.split(" ");
        for (int i = 0; i < 12; i++) {
            StringBuilder text = new StringBuilder();
            for (int w = 0; w < 12; w++) {
                text.append(w == 0 ? "" : " ").append(words[(number * 7 + i * 5 + w) % words.length]);
            }
            lines.add(new TextLines.Line(text.toString(), 11, false, y, 50));
            y -= 14;
        }
        lines.add(new TextLines.Line(String.valueOf(number), 9, false, 30, 290));
        return new TextLines.Page(number, lines, 842);
    }

    private static TextLines.Line heading(String text) {
        return new TextLines.Line(text, 18, true, 0, 0);
    }

    private static List<TextLines.Page> report() {
        List<TextLines.Page> pages = new ArrayList<>();
        pages.add(page(1, heading("Rapport de stage")));
        pages.add(page(2, heading("Sommaire"), new TextLines.Line("1. Présentation de l'entreprise ........ 3", 11, false, 0, 0),
                new TextLines.Line("2. Conclusion ........ 5", 11, false, 0, 0)));
        pages.add(page(3, heading("1. Présentation de l'entreprise")));
        pages.add(page(4));
        pages.add(page(5, heading("2. Conclusion")));
        pages.add(page(6, heading("Annexes")));
        return pages;
    }

    @Test
    void runningHeadersAndPageNumbersAreSetApartFromTheContent() {
        PageLayout layout = new PageLayout(report());
        assertThat(layout.pageCount()).isEqualTo(6);
        for (int page = 1; page <= 6; page++) {
            String number = String.valueOf(page);
            assertThat(layout.content(page)).as("page " + page)
                    .noneMatch(l -> l.text().startsWith("Rapport de stage - Lucas Martin"))
                    .noneMatch(l -> l.text().equals(number));
        }
        assertThat(layout.bodySize()).isEqualTo(11f);
        assertThat(layout.styled(heading("Conclusion"))).isTrue();
    }

    @Test
    void theContentsPageIsFoundAndTheHeadingsAreReadFromTheText() throws Exception {
        PageLayout layout = new PageLayout(report());
        assertThat(layout.tocPage(2)).isTrue();
        assertThat(layout.tocPage(3)).isFalse();
        try (PDDocument noOutline = new PDDocument()) {
            StructureReader.Structure structure = StructureReader.read(noOutline, layout);
            assertThat(structure.fromOutline()).isFalse();
            assertThat(structure.headings()).extracting(StructureReader.Heading::page, StructureReader.Heading::type)
                    .contains(org.assertj.core.groups.Tuple.tuple(3, SectionType.ENTREPRISE),
                            org.assertj.core.groups.Tuple.tuple(5, SectionType.CONCLUSION),
                            org.assertj.core.groups.Tuple.tuple(6, SectionType.ANNEXES));
            // the contents page's lines are not headings of the report
            assertThat(structure.headings()).noneMatch(h -> h.page() == 2 && h.type() != SectionType.AUTRE);
        }
    }

    @Test
    void aContentsLineEndsWithLeadersOrATabAndAPageNumber() {
        assertThat(PageLayout.tocLine("1. Présentation de l'entreprise ........ 3")).isTrue();
        assertThat(PageLayout.tocLine("2. Analyse juridique …… 12")).isTrue();
        assertThat(PageLayout.tocLine("Conclusion\t\t27")).isTrue();
        // a sentence that happens to end with a number is not a contents line
        assertThat(PageLayout.tocLine("La mesure a été répétée 3")).isFalse();
        assertThat(PageLayout.tocLine("12")).isFalse();
    }

    @Test
    void itsPageNumberIsTheLastNumberAndWithoutLeadersTheTrailingOne() {
        assertThat(PageLayout.tocPageNumber("1. Présentation de l'entreprise ........ 3")).isEqualTo(3);
        // LaTeX and Word contents without leaders: a title, spaces, the page
        assertThat(PageLayout.tocPageNumber("Activité 1 : étalonnage 14")).isEqualTo(14);
        assertThat(PageLayout.tocPageNumber("Sans numéro de page")).isEqualTo(-1);
    }

    @Test
    void itsTitleIsTheLineWithoutLeadersAndPage() {
        assertThat(PageLayout.tocTitle("1. Présentation de l'entreprise ........ 3"))
                .isEqualTo("1. Présentation de l'entreprise");
        assertThat(PageLayout.tocTitle("Conclusion\t\t27")).isEqualTo("Conclusion");
        assertThat(PageLayout.tocTitle("Annexes …… 40")).isEqualTo("Annexes");
    }
}
