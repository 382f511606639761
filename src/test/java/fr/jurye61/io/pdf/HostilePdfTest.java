package fr.jurye61.io.pdf;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.FileState;
import fr.jurye61.domain.ReportAnalysis;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.DeflaterOutputStream;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile PDFs cost bounded time and memory and end as unreadable, never as an error that
 * stops the night. The limits are lowered here (system properties) so that each case is quick.
 */
@Timeout(60)
class HostilePdfTest {
    @TempDir
    Path dir;

    @BeforeEach
    void lowLimits() {
        System.setProperty("jury.pdf.max-decode-mb", "16");
        System.setProperty("jury.pdf.budget-ms", "1500");
    }

    @AfterEach
    void defaultLimits() {
        System.clearProperty("jury.pdf.max-decode-mb");
        System.clearProperty("jury.pdf.budget-ms");
    }

    /** Writes raw PDF objects with a correct cross-reference table. */
    private Path raw(String name, List<String> objects) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write("%PDF-1.7\n".getBytes(StandardCharsets.ISO_8859_1));
        List<Integer> offsets = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            offsets.add(out.size());
            out.write(((i + 1) + " 0 obj\n" + objects.get(i) + "\nendobj\n").getBytes(StandardCharsets.ISO_8859_1));
        }
        int xref = out.size();
        StringBuilder table = new StringBuilder("xref\n0 " + (objects.size() + 1) + "\n0000000000 65535 f \n");
        offsets.forEach(o -> table.append(String.format("%010d 00000 n \n", o)));
        table.append("trailer\n<< /Size ").append(objects.size() + 1).append(" /Root 1 0 R >>\nstartxref\n")
                .append(xref).append("\n%%EOF\n");
        out.write(table.toString().getBytes(StandardCharsets.ISO_8859_1));
        return Files.write(dir.resolve(name), out.toByteArray());
    }

    /** What a test writes into a page's content stream, deflated. */
    @FunctionalInterface
    private interface Content {
        void write(OutputStream deflate) throws IOException;
    }

    /** A one-page PDF whose content stream is {@code content}, FlateDecode-compressed. */
    private Path onePage(String name, Content content) throws IOException {
        Path file = dir.resolve(name);
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage();
            document.addPage(page);
            PDStream stream = new PDStream(document);
            try (OutputStream raw = stream.getCOSObject().createRawOutputStream();
                    DeflaterOutputStream deflate = new DeflaterOutputStream(raw)) {
                content.write(deflate);
            }
            stream.getCOSObject().setItem(COSName.FILTER, COSName.FLATE_DECODE);
            page.setContents(stream);
            document.save(file.toFile());
        }
        return file;
    }

    @Test
    void aContentStreamThatInflatesToGigabytesIsStopped() throws IOException {
        Path bomb = onePage("bomb.pdf", deflate -> {
            byte[] ops = "q Q ".repeat(16384).getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < 2048; i++) { // 128 MiB once inflated
                deflate.write(ops);
            }
        });
        assertThat(Files.size(bomb)).isLessThan(2_000_000);
        long start = System.nanoTime();
        ReportAnalysis a = ReportAnalyser.analyse(bomb);
        assertThat(a.state()).isEqualTo(FileState.TROP_COMPLEXE);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(10_000);
    }

    @Test
    void oneEndlessStringInAPageIsStoppedAtThePageLimitWhileItIsRead() throws IOException {
        // no operator to count and no time to run out: only the content's own size gives it away
        Path bomb = onePage("string.pdf", deflate -> {
            deflate.write("BT (".getBytes(StandardCharsets.ISO_8859_1));
            byte[] text = "a".repeat(1 << 16).getBytes(StandardCharsets.ISO_8859_1);
            for (int i = 0; i < 24; i++) { // 1.5 MiB once inflated, past the page's share (1 MiB) of an 8 MiB limit
                deflate.write(text);
            }
            deflate.write(") Tj ET".getBytes(StandardCharsets.ISO_8859_1));
        });
        System.setProperty("jury.pdf.max-decode-mb", "8");
        assertThat(ReportAnalyser.analyse(bomb).state()).isEqualTo(FileState.TROP_COMPLEXE);
        // the same content under a higher limit is read through: the limit, not the content, stopped it
        System.setProperty("jury.pdf.max-decode-mb", "16");
        assertThat(ReportAnalyser.analyse(bomb).state()).isEqualTo(FileState.LISIBLE);
    }

    @Test
    void aPageTreeThatLoopsOrLiesAboutItsSize() throws IOException {
        Path loop = raw("loop.pdf", List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [2 0 R 3 0 R] /Count 100000 >>",
                "<< /Type /Pages /Parent 2 0 R /Kids [3 0 R 2 0 R] /Count 5 >>"));
        ReportAnalysis a = ReportAnalyser.analyse(loop);
        assertThat(a.readable()).isFalse();
        assertThat(PdfProbe.probe(loop).usable()).isFalse();
    }

    @Test
    void deepNestingDoesNotOverflowTheStack() throws IOException {
        String deep = "[".repeat(200_000) + "]".repeat(200_000);
        Path nested = raw("nested.pdf", List.of(
                "<< /Type /Catalog /Pages 2 0 R /Deep " + deep + " >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>"));
        ReportAnalysis a = ReportAnalyser.analyse(nested);
        // PDFBox's own depth guard turns it into a parse error: unreadable, and no error escapes
        assertThat(a.state()).isEqualTo(FileState.ENDOMMAGE);
        assertThat(PdfProbe.probe(nested)).isNotNull();
    }

    @Test
    void thousandsOfPagesEndWithinTheTimeBudget() throws IOException {
        Path many = dir.resolve("many.pdf");
        try (PDDocument document = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (int i = 0; i < 3000; i++) {
                PDPage page = new PDPage();
                document.addPage(page);
                try (PDPageContentStream content = new PDPageContentStream(document, page)) {
                    for (int line = 0; line < 40; line++) {
                        content.beginText();
                        content.setFont(font, 10);
                        content.newLineAtOffset(50, 800 - line * 18);
                        content.showText("Ligne " + line + " de la page " + i + " : texte de remplissage du rapport.");
                        content.endText();
                    }
                }
            }
            document.save(many.toFile());
        }
        // a budget far below what 3 000 pages of text take, on any machine
        System.setProperty("jury.pdf.budget-ms", "100");
        long start = System.nanoTime();
        ReportAnalysis a = ReportAnalyser.analyse(many);
        assertThat(a.state()).isEqualTo(FileState.TROP_COMPLEXE);
        assertThat((System.nanoTime() - start) / 1_000_000).isLessThan(8_000);
    }

    @Test
    void aFontThatCrashesTheParserEndsTheDocumentNotTheRun() throws IOException {
        Path font = raw("font.pdf", List.of(
                "<< /Type /Catalog /Pages 2 0 R >>",
                "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
                        + "/Resources << /Font << /F1 5 0 R >> >> >>",
                "<< /Length 44 >>\nstream\nBT /F1 12 Tf 72 700 Td (Rapport de stage) Tj ET\nendstream",
                "<< /Type /Font /Subtype /TrueType /BaseFont /Cassee /FirstChar 0 /LastChar 255 /Widths 7 0 R "
                        + "/FontDescriptor 6 0 R >>",
                "<< /Type /FontDescriptor /FontName /Cassee /Flags 32 /FontBBox [0 0 1000 1000] /ItalicAngle 0 "
                        + "/Ascent 800 /Descent -200 /CapHeight 700 /StemV 80 /FontFile2 8 0 R >>",
                "[" + " 500".repeat(256) + "]",
                "<< /Length 32 >>\nstream\n\u0000\u0001\u0000\u0000\u00ff\u00ff\u00ff\u00ffgarbage garbage garbage!\nendstream"));
        ReportAnalysis a = ReportAnalyser.analyse(font);
        // the glyphs cannot be read: no text layer (RAPPORT-SANS-TEXTE, a person looks), no crash
        assertThat(a.state()).isEqualTo(FileState.LISIBLE);
        assertThat(a.textLayer()).isFalse();
        assertThat(PdfProbe.probe(font)).isEqualTo(FileState.LISIBLE);
    }
}
