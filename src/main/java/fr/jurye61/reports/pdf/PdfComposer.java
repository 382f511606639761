package fr.jurye61.reports.pdf;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSString;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * A minimal page layout engine for the PDFs the tool writes (pack covers, notices) and the
 * synthetic documents: A4 pages, wrapped paragraphs, running header and page-number footer,
 * standard fonts only. Output is deterministic (no dates, fixed file ID).
 */
public final class PdfComposer implements AutoCloseable {
    public static final float MARGIN = 64;
    public static final float WIDTH = PDRectangle.A4.getWidth();
    public static final float HEIGHT = PDRectangle.A4.getHeight();
    public static final float TOP = HEIGHT - 80;
    public static final float BOTTOM = 80;

    public final PDDocument document = new PDDocument();
    public final PDFont regular;
    public final PDFont bold;
    private PDPageContentStream stream;
    private float y;

    /** Standard fonts (not embedded): small, deterministic files. */
    public PdfComposer() {
        regular = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
        bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    }

    /** Embedded (subset) TrueType fonts, as a word processor's export has them. */
    public PdfComposer(java.nio.file.Path regularTtf, java.nio.file.Path boldTtf) throws IOException {
        regular = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, regularTtf.toFile());
        bold = org.apache.pdfbox.pdmodel.font.PDType0Font.load(document, boldTtf.toFile());
    }

    /** A photo, scaled to the text width, at the current position; false if it does not fit. */
    public boolean image(java.awt.image.BufferedImage picture, float height) throws IOException {
        if (height > remaining()) {
            return false;
        }
        var xobject = org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory.createFromImage(document, picture, 0.8f);
        stream.drawImage(xobject, MARGIN, y - height, WIDTH - 2 * MARGIN, height);
        y -= height + 10;
        return true;
    }

    /** Starts a new page; returns its 1-based number. */
    public int newPage() throws IOException {
        closeStream();
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        stream = new PDPageContentStream(document, page);
        y = TOP;
        return document.getNumberOfPages();
    }

    public float remaining() {
        return y - BOTTOM;
    }

    public void skip(float height) {
        y -= height;
    }

    public void text(PDFont font, float size, float x, float atY, String text) throws IOException {
        stream.beginText();
        stream.setFont(font, size);
        stream.newLineAtOffset(x, atY);
        stream.showText(encodable(font, text));
        stream.endText();
    }

    /** Symbols outside Windows-ANSI that session labels and names do use, and how they are written instead. */
    private static final java.util.Map<Integer, String> SUBSTITUTES = java.util.Map.ofEntries(
            java.util.Map.entry(0x2192, "->"), java.util.Map.entry(0x2190, "<-"), java.util.Map.entry(0x2194, "<->"),
            java.util.Map.entry(0x21D2, "=>"), java.util.Map.entry(0x21D0, "<="), java.util.Map.entry(0x2264, "<="),
            java.util.Map.entry(0x2265, ">="), java.util.Map.entry(0x2260, "!="), java.util.Map.entry(0x2713, "v"),
            java.util.Map.entry(0x2714, "v"), java.util.Map.entry(0x2717, "x"), java.util.Map.entry(0x2718, "x"),
            java.util.Map.entry(0x2212, "-"), java.util.Map.entry(0x2010, "-"), java.util.Map.entry(0x2011, "-"),
            java.util.Map.entry(0x25CF, "•"), java.util.Map.entry(0x25AA, "•"),
            java.util.Map.entry(0x2027, "·"), java.util.Map.entry(0x202F, " "), java.util.Map.entry(0x2009, " "),
            // letters with a stroke have no decomposition
            java.util.Map.entry(0x0141, "L"), java.util.Map.entry(0x0142, "l"), java.util.Map.entry(0x0110, "D"),
            java.util.Map.entry(0x0111, "d"), java.util.Map.entry(0x0126, "H"), java.util.Map.entry(0x0127, "h"),
            java.util.Map.entry(0x0131, "i"), java.util.Map.entry(0x0167, "t"), java.util.Map.entry(0x0166, "T"));

    /**
     * The standard fonts cover Windows-ANSI only: every text drawn goes through here. A character
     * outside it is decomposed (an accent dropped, a ligature split), else written as a known
     * substitute (→ becomes ->), else shown as '?' — never a crash, whatever a label or a name holds.
     */
    public static String encodable(PDFont font, String text) {
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(cp -> {
            String ch = new String(Character.toChars(cp));
            if (canEncode(font, ch)) {
                out.append(ch);
                return;
            }
            String plain = java.text.Normalizer.normalize(ch, java.text.Normalizer.Form.NFKD)
                    .replaceAll("\\p{M}+", "");
            if (!plain.isEmpty() && canEncode(font, plain)) {
                out.append(plain);
            } else if (SUBSTITUTES.containsKey(cp) && canEncode(font, SUBSTITUTES.get(cp))) {
                out.append(SUBSTITUTES.get(cp));
            } else if (Character.isISOControl(cp)) {
                out.append(' ');
            } else {
                out.append('?');
            }
        });
        return out.toString();
    }

    /** The width of a text as it will be drawn (after {@link #encodable}). */
    public static float width(PDFont font, float size, String text) throws IOException {
        return font.getStringWidth(encodable(font, text)) / 1000 * size;
    }

    private static boolean canEncode(PDFont font, String ch) {
        try {
            font.encode(ch);
            return true;
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
    }

    /** A line at the current position, then moves down. */
    public void line(PDFont font, float size, String text) throws IOException {
        text(font, size, MARGIN, y, text);
        y -= size * 1.45f;
    }

    public void centered(PDFont font, float size, String text) throws IOException {
        text(font, size, (WIDTH - width(font, size, text)) / 2, y, text);
        y -= size * 1.6f;
    }

    /** Wraps a paragraph on the page width; returns false (writing nothing) if it does not fit. */
    public boolean paragraph(PDFont font, float size, String text) throws IOException {
        List<String> lines = wrap(font, size, text, WIDTH - 2 * MARGIN);
        if (lines.size() * size * 1.45f > remaining()) {
            return false;
        }
        for (String l : lines) {
            line(font, size, l);
        }
        y -= size * 0.6f;
        return true;
    }

    /** A table-of-contents line: title, dot leaders, page number flush right. */
    public void leaderLine(float size, String title, int page) throws IOException {
        String number = String.valueOf(page);
        float numberWidth = width(regular, size, number);
        float right = WIDTH - MARGIN;
        float titleWidth = width(regular, size, title);
        float dotWidth = width(regular, size, ".");
        int dots = Math.max(3, (int) ((right - numberWidth - MARGIN - titleWidth - 8) / dotWidth));
        text(regular, size, MARGIN, y, title + " " + ".".repeat(dots));
        text(regular, size, right - numberWidth, y, number);
        y -= size * 1.8f;
    }

    public void rule(float x1, float y1, float x2, float y2) throws IOException {
        stream.moveTo(x1, y1);
        stream.lineTo(x2, y2);
        stream.stroke();
    }

    public float y() {
        return y;
    }

    public void y(float value) {
        y = value;
    }

    public List<String> wrap(PDFont font, float size, String text, float width) throws IOException {
        List<String> lines = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String word : text.split(" ")) {
            String candidate = current.isEmpty() ? word : current + " " + word;
            if (width(font, size, candidate) > width && !current.isEmpty()) {
                lines.add(current.toString());
                current = new StringBuilder(word);
            } else {
                current = new StringBuilder(candidate);
            }
        }
        if (!current.isEmpty()) {
            lines.add(current.toString());
        }
        return lines;
    }

    /** Running header and "Page n / N" footer on every page from {@code from}. */
    public void decorate(int from, String header) throws IOException {
        decorate(from, true, page -> header);
    }

    /** Running header (per page) and, if asked, a "Page n / N" footer on every page from {@code from}. */
    public void decorate(int from, boolean pageNumbers, java.util.function.IntFunction<String> header) throws IOException {
        closeStream();
        int total = document.getNumberOfPages();
        for (int i = from; i <= total; i++) {
            try (PDPageContentStream s = new PDPageContentStream(document, document.getPage(i - 1),
                    PDPageContentStream.AppendMode.APPEND, true)) {
                s.beginText();
                s.setFont(regular, 8);
                s.newLineAtOffset(MARGIN, HEIGHT - 40);
                s.showText(encodable(regular, header.apply(i)));
                s.endText();
                if (!pageNumbers) {
                    continue;
                }
                String footer = "Page " + i + " / " + total;
                float w = width(regular, 8, footer);
                s.beginText();
                s.setFont(regular, 8);
                s.newLineAtOffset((WIDTH - w) / 2, 40);
                s.showText(footer);
                s.endText();
            }
        }
    }

    public void save(OutputStream out, String fileId) throws IOException {
        save(out, fileId.getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
    }

    /** Saves with a fixed file ID, so that the same content gives the same bytes. */
    public void save(OutputStream out, byte[] fileId) throws IOException {
        closeStream();
        COSArray id = new COSArray();
        id.add(new COSString(fileId));
        id.add(new COSString(fileId));
        document.getDocument().getTrailer().setItem(COSName.ID, id);
        document.save(out);
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
        document.close();
    }
}
