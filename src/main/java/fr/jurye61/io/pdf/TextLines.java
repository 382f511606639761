package fr.jurye61.io.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * The text of a PDF as lines, page by page, each with its font size, weight and position, so
 * that headings can be told from body text and running headers from content.
 */
final class TextLines extends PDFTextStripper {

    /** One line of text; {@code y} grows downwards from the top of the page. */
    record Line(String text, float size, boolean bold, float y) {
    }

    /** The lines of one page, top to bottom, and the page height. */
    record Page(int number, List<Line> lines, float height) {
    }

    private final List<Page> pages = new ArrayList<>();
    private List<Line> current;
    private final StringBuilder text = new StringBuilder();
    private float size;
    private int boldChars;
    private int chars;
    private float y = Float.NaN;
    private float height;

    private TextLines() throws IOException {
        setSortByPosition(true);
        setSuppressDuplicateOverlappingText(true);
    }

    static List<Page> of(PDDocument document) throws IOException {
        TextLines stripper = new TextLines();
        stripper.getText(document);
        return stripper.pages;
    }

    @Override
    protected void startPage(PDPage page) {
        current = new ArrayList<>();
        height = page.getMediaBox() == null ? 842 : page.getMediaBox().getHeight();
        reset();
    }

    @Override
    protected void endPage(PDPage page) {
        flush();
        current.sort(Comparator.comparingDouble(Line::y));
        pages.add(new Page(getCurrentPageNo(), List.copyOf(current), height));
    }

    @Override
    protected void writeString(String string, List<TextPosition> positions) {
        text.append(string);
        for (TextPosition p : positions) {
            float s = p.getFontSizeInPt();
            if (s > size) {
                size = s;
            }
            String font = p.getFont() == null || p.getFont().getName() == null ? "" : p.getFont().getName();
            if (font.toLowerCase().contains("bold") || font.toLowerCase().contains("black")
                    || font.toLowerCase().contains("heavy") || font.toLowerCase().contains("semibold")) {
                boldChars++;
            }
            chars++;
            if (Float.isNaN(y)) {
                y = p.getYDirAdj();
            }
        }
    }

    @Override
    protected void writeWordSeparator() {
        text.append(' ');
    }

    @Override
    protected void writeLineSeparator() {
        flush();
    }

    private void flush() {
        String line = text.toString().strip();
        if (!line.isEmpty() && current != null) {
            current.add(new Line(line, size, chars > 0 && boldChars * 2 > chars, Float.isNaN(y) ? 0 : y));
        }
        reset();
    }

    private void reset() {
        text.setLength(0);
        size = 0;
        boldChars = 0;
        chars = 0;
        y = Float.NaN;
    }
}
