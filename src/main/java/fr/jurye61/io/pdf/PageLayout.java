package fr.jurye61.io.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The content of the pages as a reader sees it: running headers and footers, page numbers and
 * the glyphs of lost ligatures set apart, contents pages marked, the body text's size and
 * weight measured.
 */
final class PageLayout {
    private static final Pattern TOC_LINE = Pattern.compile(
            "^\\S.{1,150}?\\s*(\\.\\s?){3,}\\s*\\d{1,4}$|^\\S.{1,150}?\\s*…+\\s*\\d{1,4}$|^\\S.{1,150}?\\t+\\s*\\d{1,4}$");
    private static final Pattern LAST_NUMBER = Pattern.compile("(\\d{1,4})$");
    private static final Pattern TRAILING_PAGE = Pattern.compile("^\\S.*\\p{L}.*?\\s+([0-9]{1,4})$");
    private static final Pattern CONTENTS_TITLE = Pattern.compile(
            "^(sommaire|table des matieres|contents|table of contents|plan( du rapport)?)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(page\\s*)?[0-9]{1,4}(\\s*(/|sur|of|de|\\|)\\s*[0-9]{1,4})?$|^-\\s*[0-9]{1,4}\\s*-$|^[ivxlc]{1,6}$",
            Pattern.CASE_INSENSITIVE);
    /** What an export leaves of a ligature it could not map: « ti », « tt », « ff » on their own. */
    private static final Pattern LIGATURE_GLYPHS = Pattern.compile("^((ti|tt|fi|ff|fl|ffi|ffl|ft|tf|st|ct)\\s*)+$");

    private final List<TextLines.Page> pages;
    private final List<List<TextLines.Line>> content = new ArrayList<>();
    private final boolean[] tocPage;
    private final float bodySize;
    private final boolean bodyBold;

    PageLayout(List<TextLines.Page> pages) {
        this.pages = pages;
        this.tocPage = new boolean[pages.size()];
        Map<Float, Integer> sizes = new HashMap<>();
        int boldChars = 0;
        int allChars = 0;
        for (TextLines.Page page : pages) {
            for (TextLines.Line line : page.lines()) {
                sizes.merge(Math.round(line.size() * 2) / 2f, line.text().length(), Integer::sum);
                allChars += line.text().length();
                boldChars += line.bold() ? line.text().length() : 0;
            }
        }
        bodySize = sizes.entrySet().stream().max(Map.Entry.comparingByValue()).map(Map.Entry::getKey).orElse(11f);
        bodyBold = boldChars * 2 > allChars;
        Set<TextLines.Line> running = Collections.newSetFromMap(new IdentityHashMap<>());
        running.addAll(runningLines());
        for (int i = 0; i < pages.size(); i++) {
            List<TextLines.Line> kept = new ArrayList<>();
            for (TextLines.Line line : pages.get(i).lines()) {
                if (!running.contains(line) && !LIGATURE_GLYPHS.matcher(line.text()).matches()) {
                    kept.add(line);
                }
            }
            content.add(kept);
            // lines ending with numbers make a contents page only in the front half: further on,
            // they are a table of figures
            tocPage[i] = looksLikeContents(kept, pages.size(), i < Math.max(4, pages.size() / 2))
                    || i > 0 && tocPage[i - 1] && numberedLines(kept, pages.size()) * 2 >= kept.size() && !kept.isEmpty();
        }
    }

    int pageCount() {
        return pages.size();
    }

    /** The lines of a page (1-based), running headers and footers removed. */
    List<TextLines.Line> content(int page) {
        return content.get(page - 1);
    }

    boolean tocPage(int page) {
        return tocPage[page - 1];
    }

    float bodySize() {
        return bodySize;
    }

    boolean bodyBold() {
        return bodyBold;
    }

    /** Larger than the body text, or bold where the body is not. */
    boolean styled(TextLines.Line line) {
        return line.size() >= bodySize * 1.12f || line.bold() && !bodyBold;
    }

    /** A contents line ends with a page number: checked before the (costlier) pattern. */
    static boolean tocLine(String text) {
        int last = text.length() - 1;
        return last > 2 && Character.isDigit(text.charAt(last)) && TOC_LINE.matcher(text).matches();
    }

    /** The page number a contents line ends with, or -1. */
    static int tocPageNumber(String text) {
        if (!tocLine(text)) {
            Matcher m = TRAILING_PAGE.matcher(text);
            return m.matches() ? Integer.parseInt(m.group(1)) : -1;
        }
        Matcher m = LAST_NUMBER.matcher(text);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    /** A contents line without its leaders and page number. */
    private static final Pattern TOC_LEADER_AND_PAGE = Pattern.compile("\\s*((\\.\\s?){2,}|…+|\\t+)?\\s*\\d{1,4}$");
    private static final Pattern DIGITS = Pattern.compile("[0-9]+");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    static String tocTitle(String text) {
        return TOC_LEADER_AND_PAGE.matcher(text).replaceAll("").strip();
    }

    /**
     * A table of contents: a « Sommaire » or « Table des matières » title, or lines with dot
     * leaders, or several lines ending with page numbers in increasing order (LaTeX and Word
     * styles without leaders).
     */
    private static boolean looksLikeContents(List<TextLines.Line> lines, int pageCount, boolean frontHalf) {
        for (int i = 0; i < Math.min(2, lines.size()); i++) {
            if (CONTENTS_TITLE.matcher(HeadingClassifier.normalise(lines.get(i).text())).matches()) {
                return true;
            }
        }
        long leaders = lines.stream().filter(l -> tocLine(l.text())).count();
        if (leaders >= 3 || leaders >= 2 && leaders * 3 >= lines.size()) {
            return true;
        }
        int numbered = numberedLines(lines, pageCount);
        return frontHalf && numbered >= 4 && numbered * 3 >= lines.size();
    }

    /** Lines ending with a plausible page number, counted only when those numbers never decrease. */
    private static int numberedLines(List<TextLines.Line> lines, int pageCount) {
        int count = 0;
        int last = 0;
        for (TextLines.Line line : lines) {
            String text = line.text();
            if (text.isEmpty() || !Character.isDigit(text.charAt(text.length() - 1))) {
                continue;
            }
            Matcher m = TRAILING_PAGE.matcher(text);
            if (m.matches()) {
                int page = Integer.parseInt(m.group(1));
                if (page < last || page > pageCount) {
                    return 0;
                }
                last = page;
                count++;
            }
        }
        return count;
    }

    /**
     * Lines among the two top or bottom lines of a page that repeat on several pages, or are
     * page numbers; a header that repeats the current chapter's title, whatever its size; a
     * line in smaller type at the same place on many pages.
     */
    private Set<TextLines.Line> runningLines() {
        Map<String, Integer> repeats = new HashMap<>();
        for (TextLines.Page page : pages) {
            for (TextLines.Line line : edges(page)) {
                repeats.merge(key(line), 1, Integer::sum);
            }
        }
        int threshold = Math.max(3, pages.size() / 4);
        Set<TextLines.Line> running = Collections.newSetFromMap(new IdentityHashMap<>());
        List<TextLines.Line> signatures = new ArrayList<>();
        for (TextLines.Page page : pages) {
            for (TextLines.Line line : edges(page)) {
                if (repeats.get(key(line)) >= threshold || PAGE_NUMBER.matcher(line.text()).matches()) {
                    running.add(line);
                    signatures.add(line);
                }
            }
        }
        // A header that names the current chapter repeats on that chapter's pages only, at the
        // place where the other chapters' headers sit.
        Map<String, List<TextLines.Line>> byPlace = new HashMap<>();
        for (TextLines.Page page : pages) {
            for (TextLines.Line line : edges(page)) {
                if (!running.contains(line) && repeats.get(key(line)) >= 2) {
                    byPlace.computeIfAbsent(Math.round(line.y() / 3f) + "|" + Math.round(line.size()), k -> new ArrayList<>())
                            .add(line);
                }
            }
        }
        for (List<TextLines.Line> place : byPlace.values()) {
            if (place.size() >= threshold) {
                running.addAll(place);
            }
        }
        // A header that names the current section changes from section to section, but sits
        // where the repeated header sits, in the same small type.
        for (TextLines.Page page : pages) {
            for (TextLines.Line line : edges(page)) {
                if (!running.contains(line) && line.size() < bodySize - 0.4f && signatures.stream().anyMatch(
                        s -> Math.abs(s.y() - line.y()) < 2f && Math.abs(s.size() - line.size()) < 0.6f)) {
                    running.add(line);
                }
            }
        }
        // Whatever its text, a line in smaller type that is the top-most (or bottom-most) line
        // of many pages at the same height is a running header (or footer).
        for (boolean top : new boolean[] {true, false}) {
            List<TextLines.Line> extremes = new ArrayList<>();
            for (TextLines.Page page : pages) {
                if (!page.lines().isEmpty()) {
                    extremes.add(top ? page.lines().get(0) : page.lines().get(page.lines().size() - 1));
                }
            }
            for (TextLines.Line line : extremes) {
                long same = extremes.stream().filter(o -> Math.abs(o.y() - line.y()) < 2f
                        && Math.abs(o.size() - line.size()) < 0.6f).count();
                if (!running.contains(line) && line.size() < bodySize - 0.4f && same >= threshold) {
                    running.add(line);
                }
            }
        }
        return running;
    }

    private static List<TextLines.Line> edges(TextLines.Page page) {
        List<TextLines.Line> lines = page.lines();
        if (lines.size() <= 4) {
            return lines;
        }
        return List.of(lines.get(0), lines.get(1), lines.get(lines.size() - 2), lines.get(lines.size() - 1));
    }

    private static String key(TextLines.Line line) {
        String text = DIGITS.matcher(line.text().toLowerCase(Locale.ROOT)).replaceAll("#");
        return SPACES.matcher(text).replaceAll(" ").strip();
    }

    /** Whether a heading is the first line of its page (running headers and footers aside). */
    boolean opensPage(int page, String title) {
        List<TextLines.Line> lines = content(page);
        if (lines.isEmpty()) {
            return true;
        }
        String first = HeadingClassifier.normalise(lines.get(0).text());
        String wanted = HeadingClassifier.normalise(title);
        return first.startsWith(wanted) || wanted.startsWith(first) && !first.isEmpty();
    }
}
