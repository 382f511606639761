package fr.jurye61.io.pdf;

import fr.jurye61.domain.SectionType;
import fr.jurye61.io.pdf.HeadingClassifier.Numbering;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Reads the headings of a whole document, in order, each with its level: from the outline when
 * its entries are found on their pages, from the body's typography otherwise (size and weight
 * against the body text, position, numbering such as « 1. », « I – », « Chapitre 2 »,
 * « Partie 1 : »). A heading split over two lines is read as one; list items, captions and
 * form fields (« Entreprise d'accueil : X ») are not headings. Levels come from the numbering
 * the document uses for its outermost parts, then from type size.
 */
final class StructureReader {

    /** A heading: page (1-based), order on the page, title as printed, level (1 = top), type. */
    record Heading(int page, int order, String title, int level, SectionType type, boolean firstOnPage, float size,
            Source source) {
        boolean topLevel() {
            return level == 1;
        }

        boolean before(Heading other) {
            return page < other.page || page == other.page && order < other.order;
        }
    }

    /** Where a heading was read. */
    enum Source { SIGNETS, TEXTE }

    /** A line that looks like a heading, before levels are known. */
    private record Candidate(int page, int order, String title, float size, boolean bold, Numbering numbering,
            boolean firstOnPage, int depth) {
    }

    private static final List<Numbering> OUTER_FIRST = List.of(Numbering.PART, Numbering.CHAPTER, Numbering.ROMAN,
            Numbering.UPPER_LETTER, Numbering.ARABIC);
    private static final Pattern THREE_LETTERS = Pattern.compile(".*\\p{L}{3}.*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern JOINS_NEXT = Pattern.compile(
            ".*(\\b(de|du|des|la|le|les|et|en|au|aux|pour|sur|a|à|dans|par|avec|ou|un|une)|[-'’,:–—&])$",
            Pattern.CASE_INSENSITIVE);

    private StructureReader() {
    }

    /** The headings found, in reading order, and whether the outline gave them. */
    record Structure(List<Heading> headings, boolean fromOutline) {
    }

    static Structure read(PDDocument document, PageLayout layout) throws IOException {
        List<Candidate> outline = fromOutline(document, layout);
        List<Heading> text = levelled(fromText(layout), layout, false);
        if (outline.isEmpty()) {
            return new Structure(text, false);
        }
        // Unnumbered parts (an abstract, a conclusion) are often left out of the outline, and
        // deep sub-headings too: a type the outline lacks is taken from the text.
        List<Heading> headings = new ArrayList<>(levelled(outline, layout, true));
        java.util.Set<SectionType> present = java.util.EnumSet.noneOf(SectionType.class);
        headings.forEach(h -> present.add(h.type()));
        for (SectionType early : List.of(SectionType.ANNEXES, SectionType.RESUME_ANGLAIS)) {
            // a part page « Annexes » the outline skips (its entries point to the annexes after it)
            Heading fromOutline = headings.stream().filter(h -> h.type() == early).findFirst().orElse(null);
            Heading fromText = text.stream().filter(h -> h.type() == early && h.topLevel() && h.firstOnPage())
                    .findFirst().orElse(null);
            if (fromOutline != null && fromText != null && fromText.page() < fromOutline.page()
                    && fromOutline.page() - fromText.page() <= 3) {
                headings.add(fromText);
            }
        }
        for (Heading h : text) {
            if (h.type() != SectionType.AUTRE && h.type() != SectionType.ACTIVITE && !present.contains(h.type())) {
                headings.add(new Heading(h.page(), h.order(), h.title(), Math.max(2, h.level()), h.type(), h.firstOnPage(),
                        h.size(), h.source()));
                present.add(h.type());
            }
        }
        headings.sort(Comparator.comparingInt(Heading::page).thenComparingInt(Heading::order));
        return new Structure(headings, true);
    }

    // ---------------------------------------------------------------- outline

    /** The outline's entries with a destination, when most of them are found on their page. */
    private static List<Candidate> fromOutline(PDDocument document, PageLayout layout) throws IOException {
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        if (outline == null) {
            return List.of();
        }
        List<PDOutlineItem> roots = new ArrayList<>();
        outline.children().forEach(roots::add);
        // Pages and some converters wrap every entry in one root named after the file.
        while (roots.size() == 1 && roots.get(0).hasChildren()) {
            List<PDOutlineItem> children = new ArrayList<>();
            roots.get(0).children().forEach(children::add);
            roots = children;
        }
        List<Candidate> items = new ArrayList<>();
        walk(document, layout, roots, 0, items, new int[] {0});
        long found = items.stream().filter(c -> c.size() > 0).count();
        long onContents = items.stream().filter(c -> layout.tocPage(c.page())).count();
        int first = items.stream().mapToInt(Candidate::page).min().orElse(0);
        if (found < 3 || found * 2 < items.size() || onContents * 3 > items.size()
                || first > Math.max(3, layout.pageCount() * 2 / 5)) {
            return List.of(); // not the document's plan: too few entries found, or only its last pages
        }
        items.removeIf(c -> layout.tocPage(c.page()));
        items.sort(Comparator.comparingInt(Candidate::page).thenComparingInt(Candidate::order));
        return items;
    }

    private static void walk(PDDocument document, PageLayout layout, Iterable<PDOutlineItem> items, int depth,
            List<Candidate> out, int[] sequence) throws IOException {
        if (depth > 6) {
            return;
        }
        for (PDOutlineItem item : items) {
            String title = item.getTitle() == null ? "" : item.getTitle().replaceAll("[\\p{Cf}\\s]+", " ").strip();
            PDPage page = item.findDestinationPage(document);
            int number = page == null ? -1 : document.getPages().indexOf(page) + 1;
            if (number >= 1 && number <= layout.pageCount() && !title.isEmpty()) {
                TextLines.Line line = find(layout, number, title);
                if (line != null && HeadingClassifier.numberOnly(title)) {
                    title = withTitleBelow(layout.content(number), line); // « CHAPITRE I : » then its title
                }
                int order = line == null ? 1000 + sequence[0] : layout.content(number).indexOf(line);
                out.add(new Candidate(number, order, title, line == null ? 0 : line.size(), line != null && line.bold(),
                        HeadingClassifier.numbering(title), layout.opensPage(number, title), depth));
            }
            sequence[0]++;
            walk(document, layout, item.children(), depth + 1, out, sequence);
        }
    }

    /** A chapter number and the title printed under it, when the line holds the number only. */
    private static String withTitleBelow(List<TextLines.Line> lines, TextLines.Line line) {
        int at = lines.indexOf(line);
        String text = line.text();
        if (HeadingClassifier.numberOnly(text) && at + 1 < lines.size() && possibleHeading(lines.get(at + 1).text())) {
            text = text + " " + lines.get(at + 1).text();
        }
        return text;
    }

    /** The body line that prints an outline entry's title (or begins it), if any. */
    private static TextLines.Line find(PageLayout layout, int page, String title) {
        String wanted = HeadingClassifier.normalise(title);
        boolean numberOnly = wanted.isEmpty();
        if (numberOnly) {
            wanted = HeadingClassifier.fold(title).replaceAll("[\\s:.;,–—\\-]+$", "");
        }
        String prefix = wanted.length() > 24 ? wanted.substring(0, 24) : wanted;
        for (TextLines.Line line : layout.content(page)) {
            String text = numberOnly ? HeadingClassifier.fold(line.text()) : HeadingClassifier.normalise(line.text());
            if (!text.isEmpty() && (text.startsWith(prefix) || wanted.startsWith(text) && text.length() >= 4)) {
                return line;
            }
        }
        return null;
    }

    // ---------------------------------------------------------------- text

    /** Lines set apart by their type, and known headings set apart by their place. */
    private static List<Candidate> fromText(PageLayout layout) {
        List<Candidate> candidates = new ArrayList<>();
        int pages = layout.pageCount();
        for (int p = 1; p <= pages; p++) {
            if (p == 1 && pages > 4) {
                continue; // the cover is not a section
            }
            List<TextLines.Line> lines = layout.content(p);
            if (layout.tocPage(p)) {
                // a contents page lists headings, but a list of annexes opens the annexes
                if (!lines.isEmpty() && layout.styled(lines.get(0))
                        && HeadingClassifier.classify(lines.get(0).text()).orElse(null) == SectionType.ANNEXES) {
                    TextLines.Line first = lines.get(0);
                    candidates.add(new Candidate(p, 0, first.text(), first.size(), first.bold(),
                            HeadingClassifier.numbering(first.text()), true, -1));
                }
                continue;
            }
            boolean[] paragraph = paragraphs(lines);
            float usualGap = usualGap(lines);
            for (int i = 0; i < lines.size(); i++) {
                TextLines.Line line = lines.get(i);
                String text = line.text();
                if (line.size() < layout.bodySize() - 0.5f) {
                    continue; // smaller than the body text: a chart label, a note, a caption
                }
                // where it stands first (cheap), then what it says
                boolean styled = layout.styled(line);
                boolean apart = i == 0 || isolated(lines, i, usualGap);
                if (!styled && !apart || paragraph[i] && !apart || !possibleHeading(text)) {
                    continue;
                }
                boolean known = HeadingClassifier.classify(text).isPresent();
                if (!styled && !known || paragraph[i] && !known) {
                    continue;
                }
                // a heading printed over two or three lines: « Chapitre II » / « Analyse et »
                // / « conception », « Présentation de l'en- » / « treprise »
                int last = i;
                StringBuilder title = new StringBuilder(text);
                while (last + 1 < lines.size() && last - i < 2) {
                    TextLines.Line next = lines.get(last + 1);
                    String current = title.toString();
                    boolean sameStyle = Math.abs(next.size() - line.size()) < 0.6f && next.bold() == line.bold();
                    boolean close = next.y() - lines.get(last).y() <= 2.4f * Math.max(line.size(), 1f);
                    boolean continues = HeadingClassifier.numberOnly(current) || JOINS_NEXT.matcher(current).matches()
                            || !next.text().isEmpty() && Character.isLowerCase(next.text().codePointAt(0));
                    if (!sameStyle || !close || !continues || !possibleHeading(next.text())
                            || SPACES.split(current + " " + next.text()).length > 20) {
                        break;
                    }
                    if (current.endsWith("-") && !current.endsWith(" -")) {
                        title.setLength(title.length() - 1);
                        title.append(next.text());
                    } else {
                        title.append(' ').append(next.text());
                    }
                    last++;
                }
                String merged = title.toString();
                candidates.add(new Candidate(p, i, merged, line.size(), line.bold(), HeadingClassifier.numbering(merged),
                        i == 0, -1));
                i = last;
            }
        }
        return withContents(layout, candidates);
    }

    /** A contents line: its title, the page number printed after it. */
    record ContentsEntry(String title, int printed) {
    }

    /** The entries of the contents pages, in order. */
    static List<ContentsEntry> contents(PageLayout layout) {
        List<ContentsEntry> entries = new ArrayList<>();
        for (int p = 1; p <= layout.pageCount(); p++) {
            if (!layout.tocPage(p)) {
                continue;
            }
            for (TextLines.Line line : layout.content(p)) {
                int printed = PageLayout.tocPageNumber(line.text());
                String title = PageLayout.tocTitle(line.text());
                if (printed > 0 && THREE_LETTERS.matcher(title).matches() && !HeadingClassifier.normalise(title).isEmpty()) {
                    entries.add(new ContentsEntry(title, printed));
                }
            }
        }
        return entries;
    }

    /**
     * Headings the contents page lists that the typography missed (set in body type): the
     * printed page numbers are matched to PDF pages by their usual offset (front matter numbered
     * apart, a cover not counted), then each entry is looked for on its page, give or take one.
     */
    private static List<Candidate> withContents(PageLayout layout, List<Candidate> candidates) {
        List<ContentsEntry> entries = contents(layout);
        if (entries.size() < 3) {
            return candidates;
        }
        // each body line as short as an entry, once, by its normalised text: page and position
        int longest = entries.stream().mapToInt(e -> e.title().length()).max().orElse(0) + 12;
        Map<String, List<int[]>> where = new java.util.HashMap<>();
        for (int p = 2; p <= layout.pageCount(); p++) {
            if (layout.tocPage(p)) {
                continue;
            }
            List<TextLines.Line> lines = layout.content(p);
            for (int i = 0; i < lines.size(); i++) {
                TextLines.Line line = lines.get(i);
                String text = line.text();
                if (text.length() <= longest && !text.endsWith(".") && line.size() >= layout.bodySize() - 0.5f) {
                    where.computeIfAbsent(HeadingClassifier.normalise(line.text()), k -> new ArrayList<>())
                            .add(new int[] {p, i});
                }
            }
        }
        Map<Integer, Integer> offsets = new java.util.HashMap<>();
        for (ContentsEntry e : entries) {
            for (int[] at : where.getOrDefault(HeadingClassifier.normalise(e.title()), List.of())) {
                offsets.merge(at[0] - e.printed(), 1, Integer::sum);
            }
        }
        Map.Entry<Integer, Integer> usual = offsets.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
        if (usual == null || usual.getValue() < 2) {
            return candidates;
        }
        int offset = usual.getKey();
        List<Candidate> out = new ArrayList<>(candidates);
        for (ContentsEntry e : entries) {
            int expected = e.printed() + offset;
            for (int[] at : where.getOrDefault(HeadingClassifier.normalise(e.title()), List.of())) {
                int page = at[0];
                int order = at[1];
                TextLines.Line line = layout.content(page).get(order);
                if (Math.abs(page - expected) <= 1 && possibleHeading(line.text())
                        && out.stream().noneMatch(c -> c.page() == page && Math.abs(c.order() - order) <= 2)) {
                    out.add(new Candidate(page, order, line.text(), line.size(), line.bold(),
                            HeadingClassifier.numbering(line.text()), order == 0, CONTENTS_CONFIRMED));
                    break;
                }
            }
        }
        out.sort(Comparator.comparingInt(Candidate::page).thenComparingInt(Candidate::order));
        return out;
    }

    /** The depth given to a body line that a contents entry names. */
    private static final int CONTENTS_CONFIRMED = -2;

    /** Shaped like a heading: short, not a sentence, not a list item, caption or form field. */
    static boolean possibleHeading(String text) {
        if (text.length() > 110 || text.length() < 2 || PageLayout.tocLine(text)) {
            return false;
        }
        String[] words = SPACES.split(text);
        boolean sentence = (text.endsWith(".") || text.endsWith(",") || text.endsWith(";")) && words.length > 3;
        return words.length <= 16 && !sentence && THREE_LETTERS.matcher(text).matches()
                && !HeadingClassifier.listItem(text) && !HeadingClassifier.caption(text)
                && !HeadingClassifier.fieldLine(text);
    }

    /**
     * Lines in runs of four or more in one style, set close together: a paragraph in large type
     * (an abstract set in 14 pt, a note in bold), not headings.
     */
    private static boolean[] paragraphs(List<TextLines.Line> lines) {
        boolean[] paragraph = new boolean[lines.size()];
        int start = 0;
        for (int i = 1; i <= lines.size(); i++) {
            boolean continues = i < lines.size() && sameStyle(lines.get(i - 1), lines.get(i))
                    && lines.get(i).y() - lines.get(i - 1).y() <= 2.0f * Math.max(lines.get(i).size(), 1f)
                    && lines.get(i).y() > lines.get(i - 1).y();
            if (!continues) {
                if (i - start >= 4) {
                    for (int k = start; k < i; k++) {
                        paragraph[k] = true;
                    }
                }
                start = i;
            }
        }
        return paragraph;
    }

    private static boolean sameStyle(TextLines.Line a, TextLines.Line b) {
        return Math.abs(a.size() - b.size()) < 0.6f && a.bold() == b.bold();
    }

    /** The median gap between a page's lines. */
    static float usualGap(List<TextLines.Line> lines) {
        float[] gaps = new float[Math.max(0, lines.size() - 1)];
        for (int k = 1; k < lines.size(); k++) {
            gaps[k - 1] = lines.get(k).y() - lines.get(k - 1).y();
        }
        if (gaps.length == 0) {
            return 1f;
        }
        java.util.Arrays.sort(gaps);
        return Math.max(1f, gaps[gaps.length / 2]);
    }

    /** Standing alone: more space above and below than between the page's lines. */
    private static boolean isolated(List<TextLines.Line> lines, int i, float usual) {
        if (lines.size() <= 1) {
            return true;
        }
        float above = i == 0 ? Float.MAX_VALUE : lines.get(i).y() - lines.get(i - 1).y();
        float below = i == lines.size() - 1 ? Float.MAX_VALUE : lines.get(i + 1).y() - lines.get(i).y();
        return above >= 1.5f * usual && below >= 1.25f * usual && SPACES.split(lines.get(i).text()).length <= 6;
    }

    // ---------------------------------------------------------------- levels

    /**
     * Levels: the outermost numbering the document uses at least twice is level 1, with the
     * unnumbered headings set at least as large; inner numberings and smaller unnumbered
     * headings are below. A chapter number alone on a divider page takes the title printed with
     * that number next; a title repeated on the next pages is one heading.
     */
    private static List<Heading> levelled(List<Candidate> candidates, PageLayout layout, boolean outline) {
        Map<Numbering, Integer> counts = new EnumMap<>(Numbering.class);
        candidates.forEach(c -> counts.merge(c.numbering(), 1, Integer::sum));
        Numbering top = OUTER_FIRST.stream().filter(n -> counts.getOrDefault(n, 0) >= 2).findFirst()
                .orElse(Numbering.NONE);
        float topSize;
        if (top != Numbering.NONE) {
            topSize = (float) candidates.stream().filter(c -> c.numbering() == top && c.size() > 0)
                    .mapToDouble(Candidate::size).min().orElse(0);
        } else {
            List<Float> typed = candidates.stream().filter(c -> c.size() > 0)
                    .filter(c -> HeadingClassifier.classify(c.title()).isPresent()).map(Candidate::size).sorted().toList();
            topSize = typed.isEmpty() ? layout.bodySize() * 1.12f : typed.get(typed.size() / 2);
        }
        // « Introduction » and « Conclusion » printed in every chapter are the chapters' own
        Map<String, Integer> titles = new java.util.HashMap<>();
        candidates.forEach(c -> titles.merge(localKey(c.title()), 1, Integer::sum));
        List<Heading> headings = new ArrayList<>();
        for (Candidate c : candidates) {
            int level = level(c, top, topSize, layout.bodySize(), outline);
            if (level == 1 && c.numbering() == Numbering.NONE && titles.get(localKey(c.title())) > 1
                    && HeadingClassifier.classify(c.title()).isPresent()) {
                level = 2;
            }
            SectionType type = HeadingClassifier.classify(c.title()).orElse(SectionType.AUTRE);
            if (!outline && level > 1 && c.numbering() == Numbering.NONE && c.size() < layout.bodySize() * 1.12f
                    && type == SectionType.AUTRE && !c.bold() && c.depth() != CONTENTS_CONFIRMED) {
                continue; // an unknown line in body type is no heading
            }
            headings.add(new Heading(c.page(), c.order(), c.title(), level, type, c.firstOnPage(), c.size(),
                    outline ? Source.SIGNETS : Source.TEXTE));
        }
        return merged(promoteDividers(headings, layout, top, topSize));
    }

    /**
     * Parts announced on divider pages, in type larger than the numbered headings (« ANALYSE ET
     * CONCEPTION » alone on its page, then « I. Analyse »): the dividers are the top level and
     * the numbered headings one below, front and back matter staying on top.
     */
    private static List<Heading> promoteDividers(List<Heading> headings, PageLayout layout, Numbering top,
            float topSize) {
        if (top == Numbering.NONE || topSize <= 0) {
            return headings;
        }
        java.util.Set<Heading> dividers = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Heading h : headings) {
            if (HeadingClassifier.numbering(h.title()) == Numbering.NONE && h.size() >= topSize + 2f
                    && h.type() != SectionType.ANNEXES && layout.content(h.page()).size() <= 5
                    && HeadingClassifier.classify(h.title()).map(t -> t != SectionType.AUTRE).orElse(true)) {
                dividers.add(h);
            }
        }
        if (dividers.size() < 2) {
            return headings;
        }
        List<Heading> out = new ArrayList<>();
        for (Heading h : headings) {
            boolean matter = HeadingClassifier.numbering(h.title()) == Numbering.NONE && h.level() == 1;
            int level = dividers.contains(h) || matter ? 1 : h.level() + 1;
            out.add(new Heading(h.page(), h.order(), h.title(), level, h.type(), h.firstOnPage(), h.size(), h.source()));
        }
        return out;
    }

    private static String localKey(String title) {
        return HeadingClassifier.normalise(title).replaceAll("\\s*\\(\\d+\\)$", "");
    }

    private static int level(Candidate c, Numbering top, float topSize, float bodySize, boolean outline) {
        Numbering n = c.numbering();
        if (n == Numbering.DECIMAL) {
            return 3;
        }
        if (n != Numbering.NONE && top != Numbering.NONE) {
            int rank = OUTER_FIRST.indexOf(n);
            int topRank = OUTER_FIRST.indexOf(top);
            if (rank < 0) {
                return 3;
            }
            return rank <= topRank ? 1 : 2;
        }
        if (outline && c.depth() > 0) {
            return c.depth() + 1;
        }
        if (c.size() <= 0) {
            return outline && c.depth() == 0 ? 1 : 2;
        }
        if (top == Numbering.NONE && c.firstOnPage() && c.size() >= Math.max(topSize * 0.7f, bodySize * 1.6f)) {
            return 1; // a slide's or a divider's title, in display type at the head of its page
        }
        if (n != Numbering.NONE) {
            // numbered, in a document whose outer parts are not: by size like the others
            return c.size() >= topSize - 0.6f && n != Numbering.LOWER_LETTER ? 1 : 2;
        }
        // in a document with numbered parts, an unnumbered top-level heading is a known one
        // (introduction, conclusion, bibliography…), not a chart's title in large type
        boolean known = top == Numbering.NONE || HeadingClassifier.classify(c.title()).isPresent();
        return c.size() >= topSize - 0.6f && known ? 1 : 2;
    }

    /** A number alone takes the next title of the same number; a title repeated soon after is one. */
    private static List<Heading> merged(List<Heading> headings) {
        List<Heading> out = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (HeadingClassifier.numberOnly(h.title())) {
                Heading next = i + 1 < headings.size() ? headings.get(i + 1) : null;
                if (next != null && next.page() - h.page() <= 1 && !HeadingClassifier.numberOnly(next.title())
                        && next.level() >= h.level()) {
                    boolean same = HeadingClassifier.numbering(next.title()) == HeadingClassifier.numbering(h.title());
                    out.add(new Heading(h.page(), h.order(), same ? next.title() : h.title() + " " + next.title(),
                            h.level(), next.type(), h.firstOnPage(), h.size(), h.source()));
                    if (same) {
                        i++; // the chapter's own page repeats its divider's number, with its title
                    }
                } else {
                    out.add(h);
                }
                continue;
            }
            String title = HeadingClassifier.normalise(h.title());
            boolean repeated = out.stream().anyMatch(o -> h.page() - o.page() <= 2 && o.level() <= h.level()
                    && !title.isEmpty() && HeadingClassifier.normalise(o.title()).equals(title));
            if (!repeated) {
                out.add(h);
            }
        }
        return out;
    }
}
