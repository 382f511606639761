package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSObject;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;

class TextLinesTest {

    /** Two pages sharing one font object, as every word processor writes them. */
    private static PDDocument twoPagesOneFont() throws IOException {
        PDDocument document = new PDDocument();
        PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
        for (String title : List.of("1. Présentation de l'entreprise", "2. Activités réalisées")) {
            PDPage page = new PDPage();
            document.addPage(page);
            try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                content.beginText();
                content.setFont(font, 16);
                content.newLineAtOffset(72, 760);
                content.showText(title);
                content.newLineAtOffset(0, -30);
                content.setFont(font, 11);
                content.showText("Le texte du rapport, en gras et en corps onze.");
                content.endText();
            }
        }
        // saved and loaded again: the font becomes one indirect object that both pages name
        byte[] saved;
        try (var out = new java.io.ByteArrayOutputStream()) {
            document.save(out);
            saved = out.toByteArray();
        }
        document.close();
        return org.apache.pdfbox.Loader.loadPDF(saved);
    }

    @Test
    void givenTwoPagesWithTheirTitleAndBody_whenRead_thenEachLineHasItsSizeWeightAndPlace() throws IOException {
        try (PDDocument document = twoPagesOneFont()) {
            List<TextLines.Page> pages = TextLines.of(document);

            assertThat(pages).extracting(TextLines.Page::number).containsExactly(1, 2);
            TextLines.Line title = pages.get(1).lines().get(0);
            assertThat(title.text()).isEqualTo("2. Activités réalisées");
            assertThat(title.size()).isEqualTo(16f);
            assertThat(title.bold()).isTrue();
            assertThat(pages.get(1).lines().get(1).size()).isEqualTo(11f);
            assertThat(title.y()).isLessThan(pages.get(1).lines().get(1).y());
        }
    }

    @Test
    void givenFontsSharedByAllPages_whenRead_thenTheyAreStillParsedInTheDocumentsCacheAfterTheLastPage()
            throws IOException {
        try (PDDocument document = twoPagesOneFont()) {
            COSDictionary fonts = document.getPage(0).getResources().getCOSObject().getCOSDictionary(COSName.FONT);
            COSName name = fonts.keySet().iterator().next();
            COSObject shared = (COSObject) fonts.getItem(name);

            TextLines.of(document);

            // PDFTextStripper alone would have taken it out after each page, to parse it again on the next
            assertThat(document.getResourceCache().getFont(shared)).isNotNull();
        }
    }
}
