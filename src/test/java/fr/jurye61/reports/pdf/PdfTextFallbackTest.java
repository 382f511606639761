package fr.jurye61.reports.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.JuryNotice;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every text the tool draws in a PDF falls back to what its font can show: a label never stops a night. */
class PdfTextFallbackTest {
    private static final String LABEL = "BTS MM → session 2027 ✓ — Lyon ≥ 12 ﬁnales «ok» 試験";

    @TempDir
    Path dir;

    @Test
    void symbolsLigaturesAndOtherScriptsAreWrittenAsTheFontAllows() {
        PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        assertThat(PdfComposer.encodable(helvetica, LABEL))
                .isEqualTo("BTS MM -> session 2027 v — Lyon >= 12 finales «ok» ??");
        assertThat(PdfComposer.encodable(helvetica, "Zoé Ñúñez Łukasz Ørsted")).isEqualTo("Zoé Ñúñez Lukasz Ørsted");
    }

    @Test
    void aPackCoverWithSuchALabelIsDrawnItsHeaderIncluded() throws Exception {
        Path cover = dir.resolve("couverture.pdf");
        PackCoverRenderer.render(cover, new PackCoverRenderer.Header(LABEL, "C01", "Commission ✓ 1 → Lyon",
                "08/06/2027", "Salle ⇒ B12"), List.of(new PackCoverRenderer.Row("A01", "Nguyễn", "Thị ✓", 1, 18)),
                new byte[16]);
        try (PDDocument document = Loader.loadPDF(cover.toFile())) {
            String text = new PDFTextStripper().getText(document);
            assertThat(text).contains("BTS MM -> session 2027 v", "Commission v 1 -> Lyon", "Salle => B12", "Nguyen");
        }
    }

    @Test
    void theJuryPresidentsNoticesWithSuchALabelAreDrawn() throws Exception {
        Path notices = dir.resolve("notices.pdf");
        NoticesPdfRenderer.render(notices, LABEL, List.of(new JuryNotice("C01", "A01", "Nguyễn", "Thị",
                JuryNotice.Motif.NON_VALIDE)), new byte[16]);
        try (PDDocument document = Loader.loadPDF(notices.toFile())) {
            assertThat(new PDFTextStripper().getText(document)).contains("BTS MM -> session 2027 v");
        }
    }
}
