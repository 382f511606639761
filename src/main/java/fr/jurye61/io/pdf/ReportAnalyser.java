package fr.jurye61.io.pdf;

import fr.jurye61.domain.FileState;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDDocumentOutline;
import org.apache.pdfbox.pdmodel.interactive.documentnavigation.outline.PDOutlineItem;

/**
 * Reads a report the way a careful clerk would: opens it once (one PDDocument, temp-file
 * stream cache), drops running headers and footers and the table of contents, finds each
 * section from the outline when there is a usable one and from the headings otherwise, and
 * measures what §2.1.3 asks. Stateless: one call per file, safe to run on several threads.
 */
public final class ReportAnalyser {
    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(ReportAnalyser.class);
    /** Bumped whenever a change can alter an analysis: cached analyses of older versions are redone. */
    public static final String VERSION = "3";

    /** Below this many characters per page on average, the PDF is taken for a scan. */
    static final int MIN_CHARS_PER_PAGE = 20;

    /** A contents line ends with a page number: checked before the (costlier) pattern. */
    static boolean tocLine(String text) {
        int last = text.length() - 1;
        return last > 2 && Character.isDigit(text.charAt(last)) && TOC_LINE.matcher(text).matches();
    }

    private static final Pattern TOC_LINE = Pattern.compile(
            "^\\S.{1,150}?\\s*(\\.\\s?){3,}\\s*\\d{1,4}$|^\\S.{1,150}?\\s*…+\\s*\\d{1,4}$|^\\S.{1,150}?\\t+\\s*\\d{1,4}$");
    private static final Pattern TRAILING_PAGE = Pattern.compile("^\\S.*\\p{L}.*?\\s+([0-9]{1,4})$");
    private static final Pattern CONTENTS_TITLE = Pattern.compile(
            "^(sommaire|table des matieres|contents|table of contents|plan( du rapport)?)$");
    private static final Pattern PAGE_NUMBER = Pattern.compile(
            "^(page\\s*)?[0-9]{1,4}(\\s*(/|sur|of|de)\\s*[0-9]{1,4})?$|^-\\s*[0-9]{1,4}\\s*-$", Pattern.CASE_INSENSITIVE);

    private ReportAnalyser() {
    }

    /** A heading found in the text or the outline. {@code order} sorts headings in reading order. */
    record Heading(int page, int order, String title, SectionType type, boolean topLevel, boolean firstOnPage) {
    }

    public static ReportAnalysis analyse(Path file) {
        return analyse(file, sha256(file));
    }

    /** Analyses a file whose SHA-256 is known already (a night's snapshot hashed it). */
    public static ReportAnalysis analyse(Path file, String sha) {
        FileState before = PdfProbe.precheck(file);
        if (before != FileState.LISIBLE) {
            return ReportAnalysis.unreadable(sha, before);
        }
        try (PDDocument document = Loader.loadPDF(file.toFile(), "", PdfFiles.streamCache())) {
            return analyse(document, sha);
        } catch (InvalidPasswordException e) {
            return ReportAnalysis.unreadable(sha, FileState.CHIFFRE);
        } catch (TextLines.TooComplex e) {
            LOG.warn("{}: analysis stopped at its limits ({})", file, e.getMessage());
            return ReportAnalysis.unreadable(sha, FileState.TROP_COMPLEXE);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // A hostile file (deep nesting, a structure that lies about its size) must not stop the night.
            LOG.warn("{}: {} while analysing: treated as too complex", file, e.getClass().getSimpleName());
            return ReportAnalysis.unreadable(sha, FileState.TROP_COMPLEXE);
        } catch (IOException | RuntimeException e) {
            LOG.warn("{}: unreadable ({})", file, e.toString(), e);
            return ReportAnalysis.unreadable(sha, FileState.ENDOMMAGE);
        }
    }

    /**
     * Reads the document, then checks what a pack's sanitised copy of it would keep (cleaning
     * changes the document, so it comes last: the outline's actions are read first).
     */
    static ReportAnalysis analyse(PDDocument document, String sha) throws IOException {
        ReportAnalysis analysis = read(document, sha);
        return analysis.readable() ? analysis.withLeftAfterCleaning(List.copyOf(PdfSanitiser.leftAfterCleaning(document)))
                : analysis;
    }

    private static ReportAnalysis read(PDDocument document, String sha) throws IOException {
        int pages = PdfFiles.honestPageCount(document);
        if (pages <= 0) {
            return ReportAnalysis.unreadable(sha, FileState.ENDOMMAGE);
        }
        List<String> active = List.copyOf(ActiveContent.scan(document));
        List<TextLines.Page> text = TextLines.of(document);
        int chars = text.stream().flatMap(p -> p.lines().stream()).mapToInt(l -> l.text().replaceAll("\\s", "").length())
                .sum();
        if (chars < MIN_CHARS_PER_PAGE * pages) {
            return new ReportAnalysis(sha, FileState.LISIBLE, pages, false, null, pages, false, List.of(), 0, "?", 0,
                    active, List.of());
        }
        Layout layout = new Layout(text);
        List<Heading> headings = fromOutline(document, layout);
        boolean outlineUsed = headings.stream().filter(h -> h.type() != SectionType.AUTRE).count() >= 2;
        if (!outlineUsed) {
            headings = layout.headings();
        }

        Heading annex = headings.stream().filter(h -> h.type() == SectionType.ANNEXES && h.topLevel()).findFirst()
                .orElse(null);
        Integer annexStart = annex == null ? null : annex.page();
        int beforeAnnexes = annex == null ? pages : annex.firstOnPage() ? annex.page() - 1 : annex.page();

        List<ReportSection> sections = new ArrayList<>();
        Map<SectionType, Heading> firsts = new HashMap<>();
        List<Heading> activities = new ArrayList<>();
        for (int i = 0; i < headings.size(); i++) {
            Heading h = headings.get(i);
            if (h.type() == SectionType.AUTRE) {
                continue;
            }
            boolean activity = h.type() == SectionType.ACTIVITE;
            if (!activity && firsts.containsKey(h.type())) {
                continue;
            }
            if (activity) {
                activities.add(h);
            } else {
                firsts.put(h.type(), h);
            }
            int end = pages;
            for (int j = i + 1; j < headings.size(); j++) {
                Heading next = headings.get(j);
                // « Annexe 2 » does not end « Annexes »; « Activité 2 » ends « Activité 1 ».
                boolean sameKind = next.type() == h.type() && !activity;
                if (next.topLevel() && !sameKind || activity && next.type() == SectionType.ACTIVITE) {
                    end = next.firstOnPage() ? next.page() - 1 : next.page();
                    break;
                }
            }
            sections.add(new ReportSection(h.type(), h.title(), h.page(), Math.max(h.page(), end)));
        }

        String language = "?";
        int words = 0;
        Heading summary = firsts.get(SectionType.RESUME_ANGLAIS);
        if (summary != null) {
            String summaryText = layout.textAfter(summary, headings);
            language = LanguageGuesser.guess(summaryText);
            words = LanguageGuesser.countWords(summaryText);
        }
        return new ReportAnalysis(sha, FileState.LISIBLE, pages, true, annexStart, beforeAnnexes, outlineUsed,
                List.copyOf(sections), countActivities(activities), language, words, active, List.of());
    }

    /** Numbered activities (« Activité 1 », « Activité 2 ») by their numbers; otherwise the headings. */
    static int countActivities(List<Heading> activities) {
        TreeSet<Integer> numbers = new TreeSet<>();
        activities.forEach(h -> HeadingClassifier.activityNumber(h.title()).ifPresent(numbers::add));
        if (!numbers.isEmpty()) {
            return numbers.size();
        }
        return (int) activities.stream().filter(Heading::topLevel).count();
    }

    /** Headings from the PDF outline: top-level items, and activity items one level down. */
    static List<Heading> fromOutline(PDDocument document, Layout layout) throws IOException {
        PDDocumentOutline outline = document.getDocumentCatalog().getDocumentOutline();
        List<Heading> headings = new ArrayList<>();
        if (outline == null) {
            return headings;
        }
        int order = 0;
        for (PDOutlineItem item : outline.children()) {
            order = addOutlineItem(document, layout, item, true, order, headings);
            for (PDOutlineItem child : item.children()) {
                Optional<SectionType> type = HeadingClassifier.classify(child.getTitle() == null ? "" : child.getTitle());
                if (type.isPresent() && type.get() == SectionType.ACTIVITE) {
                    order = addOutlineItem(document, layout, child, false, order, headings);
                }
            }
        }
        headings.sort((a, b) -> a.page() != b.page() ? Integer.compare(a.page(), b.page())
                : Integer.compare(a.order(), b.order()));
        return headings;
    }

    private static int addOutlineItem(PDDocument document, Layout layout, PDOutlineItem item, boolean topLevel,
            int order, List<Heading> headings) throws IOException {
        String title = item.getTitle() == null ? "" : item.getTitle().strip();
        PDPage page = item.findDestinationPage(document);
        int number = page == null ? -1 : document.getPages().indexOf(page) + 1;
        if (number < 1 || title.isEmpty()) {
            return order;
        }
        SectionType type = HeadingClassifier.classify(title).orElse(SectionType.AUTRE);
        headings.add(new Heading(number, order, title, type, topLevel, layout.opensPage(number, title)));
        return order + 1;
    }

    /** The file's SHA-256, or null when it cannot be read. */
    public static String sha256(Path file) {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        try {
            return PdfFiles.sha256(file);
        } catch (IOException e) {
            return null;
        }
    }

    /** The content of the pages, running headers and tables of contents set apart. */
    static final class Layout {
        private final List<TextLines.Page> pages;
        private final List<List<TextLines.Line>> content = new ArrayList<>();
        private final boolean[] tocPage;
        private final float bodySize;
        private final boolean bodyBold;

        Layout(List<TextLines.Page> pages) {
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
            java.util.Set<TextLines.Line> running = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            running.addAll(runningLines());
            for (int i = 0; i < pages.size(); i++) {
                List<TextLines.Line> kept = new ArrayList<>();
                for (TextLines.Line line : pages.get(i).lines()) {
                    if (!running.contains(line)) {
                        kept.add(line);
                    }
                }
                content.add(kept);
                tocPage[i] = looksLikeContents(kept, pages.size())
                        || i > 0 && tocPage[i - 1] && numberedLines(kept, pages.size()) * 2 >= kept.size();
            }
        }

        /**
         * A table of contents: a « Sommaire » or « Table des matières » title, or lines with dot
         * leaders, or several lines ending with page numbers in increasing order (LaTeX and Word
         * styles without leaders).
         */
        private static boolean looksLikeContents(List<TextLines.Line> lines, int pageCount) {
            if (!lines.isEmpty() && CONTENTS_TITLE.matcher(HeadingClassifier.normalise(lines.get(0).text())).matches()) {
                return true;
            }
            long leaders = lines.stream().filter(l -> tocLine(l.text())).count();
            if (leaders >= 3 || leaders >= 2 && leaders * 3 >= lines.size()) {
                return true;
            }
            return numberedLines(lines, pageCount) >= 4;
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
                java.util.regex.Matcher m = TRAILING_PAGE.matcher(text);
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

        /** Lines among the two top or bottom lines of a page that repeat on several pages, or are page numbers. */
        private java.util.Set<TextLines.Line> runningLines() {
            Map<String, Integer> repeats = new HashMap<>();
            for (TextLines.Page page : pages) {
                for (TextLines.Line line : edges(page)) {
                    repeats.merge(key(line), 1, Integer::sum);
                }
            }
            int threshold = Math.max(3, pages.size() / 4);
            java.util.Set<TextLines.Line> running = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
            List<TextLines.Line> signatures = new ArrayList<>();
            for (TextLines.Page page : pages) {
                for (TextLines.Line line : edges(page)) {
                    if (repeats.get(key(line)) >= threshold || PAGE_NUMBER.matcher(line.text()).matches()) {
                        running.add(line);
                        signatures.add(line);
                    }
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
            return line.text().toLowerCase(java.util.Locale.ROOT).replaceAll("[0-9]+", "#").replaceAll("\\s+", " ").strip();
        }

        boolean opensPage(int page, String title) {
            List<TextLines.Line> lines = content.get(page - 1);
            if (lines.isEmpty()) {
                return true;
            }
            String first = HeadingClassifier.normalise(lines.get(0).text());
            String wanted = HeadingClassifier.normalise(title);
            return first.startsWith(wanted) || wanted.startsWith(first) && !first.isEmpty();
        }

        private boolean styled(TextLines.Line line) {
            return line.size() >= bodySize * 1.12f || line.bold() && !bodyBold;
        }

        private static boolean headingShaped(String text) {
            if (text.length() > 110) {
                return false;
            }
            String[] words = text.split("\\s+");
            boolean sentence = (text.endsWith(".") || text.endsWith(",")) && words.length > 3;
            return words.length <= 14 && !sentence && text.codePoints().anyMatch(Character::isLetter);
        }

        /** Headings from the text: recognised forms, then other top-level headings in the same type. */
        List<Heading> headings() {
            List<Heading> typed = new ArrayList<>();
            List<Float> typedSizes = new ArrayList<>();
            for (int p = 0; p < content.size(); p++) {
                if (tocPage[p]) {
                    continue;
                }
                List<TextLines.Line> lines = content.get(p);
                for (int i = 0; i < lines.size(); i++) {
                    TextLines.Line line = lines.get(i);
                    if (!headingShaped(line.text()) || tocLine(line.text())) {
                        continue;
                    }
                    Optional<SectionType> type = HeadingClassifier.classify(line.text());
                    if (type.isPresent() && (styled(line) || i == 0)) {
                        typed.add(new Heading(p + 1, i, line.text(), type.get(), true, i == 0));
                        if (styled(line)) {
                            typedSizes.add(line.size());
                        }
                    }
                }
            }
            float topSize = typedSizes.isEmpty() ? bodySize * 1.12f
                    : typedSizes.stream().sorted().toList().get(typedSizes.size() / 2);
            List<Heading> all = new ArrayList<>();
            for (int p = 0; p < content.size(); p++) {
                if (tocPage[p]) {
                    continue;
                }
                List<TextLines.Line> lines = content.get(p);
                for (int i = 0; i < lines.size(); i++) {
                    TextLines.Line line = lines.get(i);
                    int page = p + 1;
                    int index = i;
                    Optional<Heading> known = typed.stream().filter(h -> h.page() == page && h.order() == index).findFirst();
                    boolean subLevel = HeadingClassifier.subLevel(line.text())
                            || styled(line) && line.size() < topSize - 0.6f;
                    if (known.isPresent()) {
                        Heading h = known.get();
                        all.add(new Heading(h.page(), h.order(), h.title(), h.type(), !subLevel, h.firstOnPage()));
                    } else if (headingShaped(line.text()) && !tocLine(line.text()) && !subLevel
                            && line.size() >= topSize - 0.6f && line.size() >= bodySize * 1.12f
                            && line.text().split("\\s+").length <= 10) {
                        all.add(new Heading(page, i, line.text(), SectionType.AUTRE, true, i == 0));
                    }
                }
            }
            return all;
        }

        /** The text of a section: from the line after its heading to the next top-level heading. */
        String textAfter(Heading heading, List<Heading> headings) {
            Heading next = headings.stream()
                    .filter(h -> h.topLevel() && (h.page() > heading.page()
                            || h.page() == heading.page() && h.order() > heading.order()))
                    .findFirst().orElse(null);
            StringBuilder text = new StringBuilder();
            for (int p = heading.page(); p <= content.size(); p++) {
                List<TextLines.Line> lines = content.get(p - 1);
                int from = 0;
                if (p == heading.page()) {
                    from = indexOf(lines, heading);
                }
                for (int i = from; i < lines.size(); i++) {
                    if (next != null && p == next.page() && lineIsHeading(lines, i, next)) {
                        return text.toString();
                    }
                    text.append(lines.get(i).text()).append('\n');
                }
                if (next != null && p + 1 > next.page()) {
                    break;
                }
            }
            return text.toString();
        }

        private int indexOf(List<TextLines.Line> lines, Heading heading) {
            String wanted = HeadingClassifier.normalise(heading.title());
            for (int i = 0; i < lines.size(); i++) {
                if (HeadingClassifier.normalise(lines.get(i).text()).equals(wanted)) {
                    return i + 1;
                }
            }
            return Math.min(heading.order() + 1, lines.size());
        }

        private boolean lineIsHeading(List<TextLines.Line> lines, int i, Heading heading) {
            return HeadingClassifier.normalise(lines.get(i).text()).equals(HeadingClassifier.normalise(heading.title()));
        }
    }
}
