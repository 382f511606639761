package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import fr.jurye61.domain.PagePicture;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pictures of check-report's HTML page: only the pages asked for, each heading boxed where it is printed. */
class PagePicturesTest {
    @TempDir
    Path dir;

    private Path twoPages() throws Exception {
        Path file = dir.resolve("rapport.pdf");
        try (PDDocument document = new PDDocument()) {
            PDType1Font bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
            PDType1Font regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (String[] page : new String[][] {{"4 Conclusion", "Le stage m'a appris la métrologie."},
                    {"Présentation de l'en-", "treprise d'accueil"}}) {
                PDPage pdPage = new PDPage(PDRectangle.A4);
                document.addPage(pdPage);
                try (PDPageContentStream s = new PDPageContentStream(document, pdPage)) {
                    s.beginText();
                    s.setFont(bold, 18);
                    s.newLineAtOffset(72, 742);
                    s.showText(page[0]);
                    s.newLineAtOffset(0, -22);
                    s.showText(page[1]);
                    s.setFont(regular, 11);
                    s.newLineAtOffset(0, -60);
                    s.showText("Un paragraphe du corps du rapport, sans rapport avec le titre.");
                    s.endText();
                }
            }
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void aNumberedHeadingUnderAnUnnumberedTitleIsBoxedWhereItIsPrinted() throws Exception {
        // given « 4 Conclusion » printed at 72 pt from the left, 100 pt from the top of an A4 page
        Map<Integer, PagePicture> pictures = PagePictures.draw(twoPages(), Map.of(1, List.of("Conclusion")));

        // then page 1 is drawn, and its box starts at the heading's line
        assertThat(pictures).containsOnlyKeys(1);
        PagePicture picture = pictures.get(1);
        assertThat(new String(picture.png(), 1, 3, java.nio.charset.StandardCharsets.US_ASCII)).isEqualTo("PNG");
        assertThat(picture.width()).isLessThan(400); // a small picture (40 dpi)
        PagePicture.Box box = picture.boxes().get(0);
        assertThat(box.left()).isCloseTo(72 / 595.0, within(0.01));
        assertThat(box.top()).isCloseTo((842 - 742 - 18) / 842.0, within(0.02));
        assertThat(box.height()).isCloseTo(24 / 842.0, within(0.015));
        assertThat(box.width()).isBetween(0.15, 0.35);
    }

    @Test
    void aTitleBrokenOverTwoLinesIsBoxedWhole() throws Exception {
        Map<Integer, PagePicture> pictures = PagePictures.draw(twoPages(),
                Map.of(2, List.of("Présentation de l'entreprise d'accueil")));
        PagePicture.Box box = pictures.get(2).boxes().get(0);
        // both lines: from the first line's top to below the second one (22 pt lower)
        assertThat(box.height()).isCloseTo((22 + 24) / 842.0, within(0.015));
    }

    @Test
    void aHeadingNotPrintedOnItsPageHasNoBoxAndPagesOutOfTheDocumentAreLeftOut() throws Exception {
        Map<Integer, PagePicture> pictures = PagePictures.draw(twoPages(),
                Map.of(1, List.of("Analyse juridique"), 7, List.of("Conclusion")));
        assertThat(pictures).containsOnlyKeys(1);
        assertThat(pictures.get(1).boxes()).isEmpty();
        assertThat(PagePictures.withoutNumbering("chapitre 3 mesures")).isEqualTo("mesures");
        assertThat(PagePictures.withoutNumbering("iv resultats")).isEqualTo("resultats");
        assertThat(PagePictures.withoutNumbering("2 1 historique")).isEqualTo("historique");
        assertThat(PagePictures.withoutNumbering("vision globale")).isEqualTo("vision globale");
    }
}
