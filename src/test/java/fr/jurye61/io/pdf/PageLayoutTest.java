package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.SectionType;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.destination.PDPageFitDestination;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;
import org.junit.jupiter.api.Test;

/**
 * The page-layout and heading parts of the analysis on in-memory pages (no PDF file): what a contents
 * line is, running headers and footers set apart, a contents page found, headings read from the text
 * and from bookmarks (an in-memory document of blank pages carries them).
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

    // ---------------------------------------------------------------- outline (bookmarks) over in-memory pages

    /** A document of blank pages (the text comes from the in-memory layout) with bookmarks to some of them. */
    private static PDDocument withOutline(int pages, boolean oneWrappingRoot, Object... titlesAndPages) {
        PDDocument document = new PDDocument();
        for (int i = 0; i < pages; i++) {
            document.addPage(new PDPage());
        }
        PDDocumentOutline outline = new PDDocumentOutline();
        PDOutlineItem parent = null;
        if (oneWrappingRoot) {
            parent = new PDOutlineItem();
            parent.setTitle("rapport.pages");
            outline.addLast(parent);
        }
        for (int i = 0; i < titlesAndPages.length; i += 2) {
            PDOutlineItem item = new PDOutlineItem();
            item.setTitle((String) titlesAndPages[i]);
            PDPageFitDestination destination = new PDPageFitDestination();
            destination.setPage(document.getPage((Integer) titlesAndPages[i + 1] - 1));
            item.setDestination(destination);
            if (parent == null) {
                outline.addLast(item);
            } else {
                parent.addLast(item);
            }
        }
        document.getDocumentCatalog().setDocumentOutline(outline);
        return document;
    }

    private static List<org.assertj.core.groups.Tuple> pagesAndTypes(StructureReader.Structure structure) {
        return structure.headings().stream()
                .map(h -> org.assertj.core.groups.Tuple.tuple(h.page(), h.type(), h.source())).toList();
    }

    @Test
    void bookmarksFoundOnTheirPagesGiveTheHeadings() throws Exception {
        // given bookmarks whose titles are printed on the pages they point to
        PageLayout layout = new PageLayout(report());
        try (PDDocument document = withOutline(6, false, "1. Présentation de l'entreprise", 3, "2. Conclusion", 5,
                "Annexes", 6)) {
            // when the structure is read
            StructureReader.Structure structure = StructureReader.read(document, layout);

            // then it comes from the bookmarks, with each heading on its page, in reading order
            assertThat(structure.fromOutline()).isTrue();
            assertThat(pagesAndTypes(structure)).containsExactly(
                    org.assertj.core.groups.Tuple.tuple(3, SectionType.ENTREPRISE, StructureReader.Source.SIGNETS),
                    org.assertj.core.groups.Tuple.tuple(5, SectionType.CONCLUSION, StructureReader.Source.SIGNETS),
                    org.assertj.core.groups.Tuple.tuple(6, SectionType.ANNEXES, StructureReader.Source.SIGNETS));
            assertThat(structure.headings()).allMatch(StructureReader.Heading::topLevel);
        }
    }

    @Test
    void oneRootNamedAfterTheFileIsUnwrapped() throws Exception {
        // given the bookmarks Pages writes: one root named after the file holding every entry
        PageLayout layout = new PageLayout(report());
        try (PDDocument document = withOutline(6, true, "1. Présentation de l'entreprise", 3, "2. Conclusion", 5,
                "Annexes", 6)) {
            StructureReader.Structure structure = StructureReader.read(document, layout);

            // then the entries are read as the top level, and the file name is no heading
            assertThat(structure.fromOutline()).isTrue();
            assertThat(structure.headings()).extracting(StructureReader.Heading::type)
                    .containsExactly(SectionType.ENTREPRISE, SectionType.CONCLUSION, SectionType.ANNEXES);
            assertThat(structure.headings()).allMatch(StructureReader.Heading::topLevel);
        }
    }

    @Test
    void aPartTheBookmarksLeaveOutIsTakenFromTheText() throws Exception {
        // given bookmarks without the conclusion (a part often left out), the text prints it on page 5
        List<TextLines.Page> pages = report();
        pages.set(3, page(4, heading("3. Activité 1 : étalonnage")));
        PageLayout layout = new PageLayout(pages);
        try (PDDocument document = withOutline(6, false, "1. Présentation de l'entreprise", 3,
                "3. Activité 1 : étalonnage", 4, "Annexes", 6)) {
            StructureReader.Structure structure = StructureReader.read(document, layout);

            // then the bookmarks give the plan and the conclusion comes from the text, below the top level
            assertThat(structure.fromOutline()).isTrue();
            assertThat(pagesAndTypes(structure)).contains(
                    org.assertj.core.groups.Tuple.tuple(3, SectionType.ENTREPRISE, StructureReader.Source.SIGNETS),
                    org.assertj.core.groups.Tuple.tuple(5, SectionType.CONCLUSION, StructureReader.Source.TEXTE));
            assertThat(structure.headings()).filteredOn(h -> h.type() == SectionType.CONCLUSION).singleElement()
                    .satisfies(h -> assertThat(h.level()).isGreaterThanOrEqualTo(2));
        }
    }

    @Test
    void bookmarksThatAreNotThePlanAreIgnored() throws Exception {
        PageLayout layout = new PageLayout(report());
        // given bookmarks whose titles are printed nowhere (a converter's « Page 1 », « Page 2 »…)
        try (PDDocument unprinted = withOutline(6, false, "Page 1", 1, "Page 3", 3, "Page 5", 5, "Page 6", 6);
                // and bookmarks that only point to the contents page
                PDDocument toContents = withOutline(6, false, "1. Présentation de l'entreprise", 2, "2. Conclusion", 2,
                        "Sommaire", 2)) {
            for (PDDocument document : List.of(unprinted, toContents)) {
                // then the headings are read from the text, as without bookmarks
                StructureReader.Structure structure = StructureReader.read(document, layout);
                assertThat(structure.fromOutline()).isFalse();
                assertThat(structure.headings()).extracting(StructureReader.Heading::type)
                        .contains(SectionType.ENTREPRISE, SectionType.CONCLUSION, SectionType.ANNEXES);
                assertThat(structure.headings()).allMatch(h -> h.source() == StructureReader.Source.TEXTE);
            }
        }
    }
}
