package fr.jurye61.io.pdf;

import fr.jurye61.domain.PagePicture;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Small pictures of a report's pages for check-report's HTML page: only the pages asked for (those
 * that carry evidence), at a low resolution, each with the place of the headings asked for on it,
 * as fractions of the page. Bounded: at most {@link #MAX_PAGES} pages, one opening of the file; a
 * page that cannot be drawn is left out, never fails the check.
 */
public final class PagePictures {
    /** More evidence pages than this are shown without a picture. */
    public static final int MAX_PAGES = 24;
    private static final float DPI = 40;

    private PagePictures() {
    }

    /**
     * Draws each page of {@code headings}' keys (1-based) and finds on it the lines that print the
     * given headings. Pages beyond {@link #MAX_PAGES}, out of the document, or that fail to draw are
     * left out of the result.
     */
    public static Map<Integer, PagePicture> draw(Path file, Map<Integer, List<String>> headings) {
        Map<Integer, PagePicture> pictures = new TreeMap<>();
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", PdfFiles.streamCache())) {
            PDFRenderer renderer = new PDFRenderer(document);
            int drawn = 0;
            for (Map.Entry<Integer, List<String>> entry : new TreeMap<>(headings).entrySet()) {
                int page = entry.getKey();
                if (page < 1 || page > document.getNumberOfPages() || drawn >= MAX_PAGES) {
                    continue;
                }
                drawn++;
                try {
                    BufferedImage image = renderer.renderImageWithDPI(page - 1, DPI, ImageType.RGB);
                    ByteArrayOutputStream png = new ByteArrayOutputStream();
                    ImageIO.write(image, "png", png);
                    pictures.put(page, new PagePicture(page, png.toByteArray(), image.getWidth(), image.getHeight(),
                            boxes(document, page, entry.getValue())));
                } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
                    // a page that cannot be drawn keeps its place on the page strip, without a picture
                }
            }
        } catch (IOException | RuntimeException | OutOfMemoryError | StackOverflowError e) {
            return Map.of(); // the analysis already told what is wrong with the file
        }
        return pictures;
    }

    /** The boxes of the lines of {@code page} that print one of {@code titles} (the first such line of each). */
    static List<PagePicture.Box> boxes(PDDocument document, int page, List<String> titles) throws IOException {
        PDPage pdPage = document.getPage(page - 1);
        if (pdPage.getRotation() % 360 != 0) {
            return List.of(); // positions on a turned page would need turning too: no box rather than a wrong one
        }
        PDRectangle box = pdPage.getCropBox();
        List<Line> lines = lines(document, page);
        List<PagePicture.Box> boxes = new ArrayList<>();
        for (String title : titles) {
            // compared without spaces: converters glue words (« Présentationde l'en- ») or space letters out
            String wanted = squeezed(withoutNumbering(normalised(title)));
            String prefix = wanted.length() > 24 ? wanted.substring(0, 24) : wanted;
            for (int at = 0; at < lines.size() && !prefix.isEmpty(); at++) {
                String text = squeezed(normalised(lines.get(at).text()));
                String bare = squeezed(withoutNumbering(normalised(lines.get(at).text())));
                if (prints(text, wanted, prefix) || prints(bare, wanted, prefix)) {
                    // a title broken over lines: the box takes the lines that go on with it
                    Line first = lines.get(at);
                    float right = first.right();
                    float bottom = first.bottom();
                    float left = first.left();
                    String so = wanted.startsWith(bare) ? bare : text;
                    for (int next = at + 1; next < lines.size() && so.length() < wanted.length(); next++) {
                        String more = so + squeezed(normalised(lines.get(next).text()));
                        if (!wanted.startsWith(more)) {
                            break;
                        }
                        so = more;
                        left = Math.min(left, lines.get(next).left());
                        right = Math.max(right, lines.get(next).right());
                        bottom = Math.max(bottom, lines.get(next).bottom());
                    }
                    boxes.add(new PagePicture.Box(title, clamp(left / box.getWidth()), clamp(first.top() / box.getHeight()),
                            clamp((right - left) / box.getWidth()), clamp((bottom - first.top()) / box.getHeight())));
                    break;
                }
            }
        }
        return boxes;
    }

    private record Line(String text, float left, float top, float right, float bottom) {
    }

    /** The page's text lines with their extent, in the page's user space from its top-left corner. */
    private static List<Line> lines(PDDocument document, int page) throws IOException {
        List<Line> lines = new ArrayList<>();
        // the stripper writes a line word by word: gather the words until it ends the line
        StringBuilder text = new StringBuilder();
        List<TextPosition> positions = new ArrayList<>();
        PDFTextStripper stripper = new PDFTextStripper() {
            @Override
            protected void writeString(String word, List<TextPosition> wordPositions) {
                text.append(word);
                positions.addAll(wordPositions);
            }

            @Override
            protected void writeWordSeparator() {
                text.append(' ');
            }

            @Override
            protected void writeLineSeparator() {
                flush();
            }

            @Override
            protected void writePageEnd() {
                flush();
            }

            private void flush() {
                if (!positions.isEmpty()) {
                    float left = Float.MAX_VALUE;
                    float right = 0;
                    float top = Float.MAX_VALUE;
                    float bottom = 0;
                    for (TextPosition p : positions) {
                        left = Math.min(left, p.getXDirAdj());
                        right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                        top = Math.min(top, p.getYDirAdj() - p.getHeightDir() * 1.3f);
                        bottom = Math.max(bottom, p.getYDirAdj() + p.getHeightDir() * 0.35f);
                    }
                    lines.add(new Line(text.toString(), left, top, right, bottom));
                }
                text.setLength(0);
                positions.clear();
            }
        };
        stripper.setSortByPosition(true);
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        stripper.getText(document);
        return lines;
    }

    /** A line prints a title when it begins with it, or is the beginning of a title broken over lines. */
    private static boolean prints(String line, String title, String prefix) {
        return line.startsWith(prefix) || title.startsWith(line) && line.length() >= 4
                // a slide's title line that repeats the heading (« CHI : Présentation CHI : »)
                || line.contains(prefix) && line.length() <= 2 * title.length() + 8;
    }

    private static String squeezed(String normalised) {
        return normalised.replace(" ", "");
    }

    /**
     * A title without the numbering a line may print before it and the outline may not (LaTeX's
     * « 4 Conclusion » for the bookmark « Conclusion »): « 4 », « 2 1 », « iv », « chapitre 3 ».
     */
    static String withoutNumbering(String normalised) {
        return NUMBERING.matcher(normalised).replaceFirst("");
    }

    private static final java.util.regex.Pattern NUMBERING = java.util.regex.Pattern.compile(
            "^(?:(?:chapitre|partie|section)\\s+)?(?:\\d+(?:\\s\\d+)*|[ivx]{1,5})\\s+(?=\\p{L})");

    private static String normalised(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    private static double clamp(double fraction) {
        return Math.max(0, Math.min(1, fraction));
    }
}
