package fr.jurye61.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as lines, page by page, each with its font size, weight and position, so
 * that headings can be told from body text and running headers from content.
 *
 * <p>Glyphs are grouped into lines here, by baseline, with a space wherever the gap between two
 * glyphs is wider than a fraction of the font size (LaTeX sets no space glyphs). PDFBox's own
 * page writer (word sorting, bidi, duplicate hunting) is skipped: it cost most of the analysis.
 */
final class TextLines extends PDFTextStripper {

    /** One line of text; {@code y} grows downwards from the top of the page. */
    record Line(String text, float size, boolean bold, float y, float x) {
    }

    /** The lines of one page, top to bottom, and the page height. */
    record Page(int number, List<Line> lines, float height) {
    }

    private final List<Page> pages = new ArrayList<>();
    private final Map<PDFont, Boolean> boldFonts = new IdentityHashMap<>();
    private List<Line> current;
    private final StringBuilder text = new StringBuilder();
    private float size;
    /**
     * Characters per font size (to the half point) on the current line: a line's size is its
     * dominant one. A line has a few sizes: two small arrays, no boxing per glyph.
     */
    private float[] sizeKeys = new float[4];
    private int[] sizeCounts = new int[4];
    private int sizeCount;
    private int boldChars;
    private int chars;
    private float y = Float.NaN;
    private float lastEnd;
    private float x;
    private float height;

    /** Thrown when a document exceeds the limits of its analysis (time, decoded size). */
    static final class TooComplex extends IOException {
        TooComplex(String message) {
            super(message);
        }
    }

    private final long deadline;
    private final long maxPageContent;

    private TextLines(long budgetMillis, long maxPageContent) throws IOException {
        setSortByPosition(false);
        setSuppressDuplicateOverlappingText(false);
        this.deadline = System.nanoTime() + budgetMillis * 1_000_000;
        this.maxPageContent = maxPageContent;
    }

    static List<Page> of(PDDocument document) throws IOException {
        TextLines stripper = new TextLines(PdfFiles.budgetMillis(), Math.max(1, PdfFiles.maxDecodedBytes() / 8));
        stripper.getText(document);
        return stripper.pages;
    }

    /** Limits first: a page whose content inflates beyond its share, or a document over its time. */
    @Override
    public void processPage(PDPage page) throws IOException {
        if (System.nanoTime() > deadline) {
            throw new TooComplex("time budget exceeded at page " + (getCurrentPageNo() + 1));
        }
        // the content is measured while it is parsed, not decoded a first time to be measured
        super.processPage(new BoundedPage(page, maxPageContent));
    }

    @Override
    protected void processOperator(org.apache.pdfbox.contentstream.operator.Operator operator,
            List<org.apache.pdfbox.cos.COSBase> operands) throws IOException {
        if ((++operators & 0xFFF) == 0 && System.nanoTime() > deadline) {
            throw new TooComplex("time budget exceeded");
        }
        super.processOperator(operator, operands);
    }

    private long operators;

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
        height = page.getMediaBox() == null ? 842 : page.getMediaBox().getHeight();
        reset();
    }

    @Override
    protected void endPage(PDPage page) {
        flush();
        pages.add(new Page(getCurrentPageNo(), mergeBaselines(current), height));
    }

    /**
     * Pieces of text drawn on one baseline in any order (a header's left and right parts, a
     * table's cells) make one line, left to right, as a reader sees it.
     */
    static List<Line> mergeBaselines(List<Line> lines) {
        List<Line> sorted = new ArrayList<>(lines);
        sorted.sort(Comparator.comparingDouble(Line::y).thenComparingDouble(Line::x));
        List<Line> merged = new ArrayList<>();
        for (Line line : sorted) {
            Line last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && Math.abs(last.y() - line.y()) < 1f) {
                merged.set(merged.size() - 1, new Line(last.text() + " " + line.text(),
                        last.text().length() >= line.text().length() ? last.size() : line.size(),
                        last.bold() && line.bold(), last.y(), last.x()));
            } else {
                merged.add(line);
            }
        }
        return List.copyOf(merged);
    }

    @Override
    protected void writePage() {
        // lines are built glyph by glyph in processTextPosition
    }

    @Override
    protected void processTextPosition(TextPosition glyph) {
        String unicode = glyph.getUnicode();
        if (unicode == null || unicode.isEmpty()) {
            return;
        }
        float glyphSize = glyph.getFontSizeInPt();
        float gy = glyph.getYDirAdj();
        float gx = glyph.getXDirAdj();
        if (chars > 0) {
            float tolerance = Math.max(1.5f, 0.45f * Math.max(glyphSize, size));
            if (Math.abs(gy - y) > tolerance || gx < lastEnd - 3 * Math.max(glyphSize, 1)) {
                flush();
            } else if (gx - lastEnd > spaceGap(glyph, glyphSize) && text.length() > 0
                    && text.charAt(text.length() - 1) != ' ' && !unicode.startsWith(" ")) {
                text.append(' ');
            }
        }
        if (chars == 0) {
            y = gy;
            x = gx;
        }
        text.append(unicode);
        lastEnd = gx + glyph.getWidthDirAdj();
        size = Math.max(size, glyphSize);
        countSize(Math.round(glyphSize * 2) / 2f);
        chars++;
        if (bold(glyph.getFont())) {
            boldChars++;
        }
    }

    /**
     * The gap that reads as a space: a fifth of the type size, or a third of the font's own space where
     * that is narrower (large display type, as Google Docs sets it, has tight spaces).
     */
    private static float spaceGap(TextPosition glyph, float glyphSize) {
        float em = 0.2f * Math.max(glyphSize, 1);
        float space = glyph.getWidthOfSpace();
        return space > 0.5f && space * 0.3f < em ? Math.max(space * 0.3f, 0.12f * glyphSize) : em;
    }

    private boolean bold(PDFont font) {
        if (font == null) {
            return false;
        }
        return boldFonts.computeIfAbsent(font, f -> {
            String name = f.getName() == null ? "" : f.getName().toLowerCase(Locale.ROOT);
            return name.contains("bold") || name.contains("black") || name.contains("heavy") || name.contains("semibold");
        });
    }

    private void countSize(float key) {
        for (int k = 0; k < sizeCount; k++) {
            if (sizeKeys[k] == key) {
                sizeCounts[k]++;
                return;
            }
        }
        if (sizeCount == sizeKeys.length) {
            sizeKeys = java.util.Arrays.copyOf(sizeKeys, sizeCount * 2);
            sizeCounts = java.util.Arrays.copyOf(sizeCounts, sizeCount * 2);
        }
        sizeKeys[sizeCount] = key;
        sizeCounts[sizeCount++] = 1;
    }

    /** The size most of the line's glyphs have, the larger one on a tie. */
    private float dominantSize() {
        float best = size;
        int most = 0;
        for (int k = 0; k < sizeCount; k++) {
            if (sizeCounts[k] > most || sizeCounts[k] == most && sizeKeys[k] > best) {
                best = sizeKeys[k];
                most = sizeCounts[k];
            }
        }
        return best;
    }

    private void flush() {
        String line = WHITESPACE.matcher(text).replaceAll(" ").strip();
        if (!line.isEmpty() && current != null) {
            // the size most of its glyphs have: a large initial (« N.B », a drop cap) does not make a heading
            current.add(new Line(line, dominantSize(), chars > 0 && boldChars * 2 > chars, Float.isNaN(y) ? 0 : y, x));
        }
        reset();
    }

    private static final java.util.regex.Pattern WHITESPACE = java.util.regex.Pattern.compile("\\s+");

    private void reset() {
        text.setLength(0);
        size = 0;
        sizeCount = 0;
        boldChars = 0;
        chars = 0;
        y = Float.NaN;
        lastEnd = 0;
        x = 0;
    }
}
