package fr.jurye61.io.pdf;

import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import fr.jurye61.io.pdf.StructureReader.Heading;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The report's parts, decided from its headings as a clerk would: annexes start at an annex
 * heading; the company presentation is the first heading that presents the host (at any level,
 * or a top-level part whose text speaks of the company); the conclusion is the report's own
 * (« Conclusion générale », else a top-level « Conclusion », else a « Bilan », else the last
 * chapter's conclusion), never a chapter's sub-conclusion when the report has its own; the
 * activities are the parts that say so, else the top-level parts between the presentation and
 * the conclusion that are not context, means or planning.
 */
final class ReportStructure {
    /** Words a company presentation uses; four different ones make a part a presentation. */
    private static final List<Pattern> COMPANY_CUES = List.of("\\b(creee?s?|fondee?s?|fonde) en\\b",
            "\\bsiege( social)?\\b", "\\beffectifs?\\b", "\\bsalaries\\b", "\\bemployes\\b", "\\bcollaborateurs\\b",
            "\\bchiffre d'affaires?\\b", "\\borganigramme\\b", "\\bfiliales?\\b", "\\bstart-?up\\b", "\\bclients?\\b",
            "\\bsecteur d'activite\\b", "\\b(sarl|sas|sasu|eurl)\\b", "\\bfondateurs?\\b", "\\bimplantee?s?\\b",
            "\\blocaux\\b", "\\bhistorique\\b", "\\b(pme|tpe)\\b", "\\bspecialisee? dans\\b")
            .stream().map(Pattern::compile).toList();
    private static final int COMPANY_CUES_NEEDED = 4;
    /** A required part with fewer words than this is a heading over an empty page: not written. */
    private static final int MIN_SECTION_WORDS = 15;

    private final List<Heading> headings;
    private final PageLayout layout;
    private final int pages;
    private Heading annex;
    private final List<ReportSection> sections = new ArrayList<>();
    private final List<ReportSection> activityItems = new ArrayList<>();
    private int activityCount;
    private Heading summary;

    private ReportStructure(List<Heading> headings, PageLayout layout) {
        this.headings = headings;
        this.layout = layout;
        this.pages = layout.pageCount();
    }

    static ReportStructure of(List<Heading> headings, PageLayout layout) {
        ReportStructure s = new ReportStructure(headings, layout);
        s.decide();
        return s;
    }

    Integer annexStart() {
        return annex == null ? null : annex.page();
    }

    int pagesBeforeAnnexes() {
        return annex == null ? pages : annex.firstOnPage() ? annex.page() - 1 : annex.page();
    }

    List<ReportSection> sections() {
        return List.copyOf(sections);
    }

    List<ReportSection> activityItems() {
        return List.copyOf(activityItems);
    }

    int activityCount() {
        return activityCount;
    }

    Heading summary() {
        return summary;
    }

    /** Every top-level heading found, with its span, whatever its type. */
    List<ReportSection> topLevel() {
        return headings.stream().filter(Heading::topLevel)
                .map(h -> new ReportSection(h.type(), h.title(), h.page(), end(h))).toList();
    }

    private void decide() {
        annex = findAnnex();
        Heading conclusion = conclusion();
        Heading company = company(conclusion);
        add(company, SectionType.ENTREPRISE);
        body(SectionType.JURIDIQUE).ifPresent(this::add);
        activities(company, conclusion);
        add(conclusion);
        summary = headings.stream().filter(h -> h.type() == SectionType.RESUME_ANGLAIS).findFirst().orElse(null);
        add(summary);
        body(SectionType.QSSE).ifPresent(this::add);
        add(annex);
        sections.sort(Comparator.comparingInt(ReportSection::pageDebut));
    }

    private void add(Heading h) {
        if (h != null) {
            add(h, h.type());
        }
    }

    /** A section of a type its heading may not carry (a part that presents the host by its content). */
    private void add(Heading h, SectionType type) {
        if (h != null) {
            sections.add(new ReportSection(type, h.title(), h.page(), end(h)));
        }
    }

    /** The first heading of a type before the annexes, at any level. */
    private Optional<Heading> body(SectionType type) {
        return headings.stream().filter(h -> h.type() == type && inBody(h)).findFirst();
    }

    private boolean inBody(Heading h) {
        return annex == null || h.before(annex);
    }

    /** A top-level annex heading; else an « Annexe 1 » heading that opens its page. */
    private Heading findAnnex() {
        Optional<Heading> top = headings.stream().filter(h -> h.type() == SectionType.ANNEXES && h.topLevel()
                && h.page() > 1).findFirst();
        if (top.isPresent()) {
            return top.get();
        }
        return headings.stream().filter(h -> h.type() == SectionType.ANNEXES && h.page() > 1
                && (h.firstOnPage() || h.source() == StructureReader.Source.SIGNETS)).findFirst().orElse(null);
    }

    private Heading conclusion() {
        List<Heading> conclusions = headings.stream().filter(h -> h.type() == SectionType.CONCLUSION && inBody(h))
                .filter(this::written)
                .toList();
        return conclusions.stream().filter(h -> HeadingClassifier.generalConclusion(h.title())).findFirst()
                .or(() -> conclusions.stream().filter(h -> h.topLevel() && HeadingClassifier.namedConclusion(h.title()))
                        .findFirst())
                .or(() -> conclusions.stream().filter(Heading::topLevel).findFirst())
                .or(() -> conclusions.isEmpty() ? Optional.empty() : Optional.of(conclusions.get(conclusions.size() - 1)))
                .orElse(null);
    }

    /**
     * The first heading that presents the host; when none does, the first top-level part (after
     * the front matter, before the conclusion) whose text speaks of a company.
     */
    private Heading company(Heading conclusion) {
        // a sub-heading deep in the second half presents something else (« l'annuaire d'entreprise »)
        int early = Math.max(3, pagesBeforeAnnexes() * 2 / 5);
        Optional<Heading> named = headings.stream().filter(h -> h.type() == SectionType.ENTREPRISE && inBody(h)
                && (conclusion == null || h.before(conclusion)) && (h.topLevel() || h.page() <= early)
                && written(h)).findFirst();
        if (named.isPresent()) {
            return named.get();
        }
        for (Heading h : headings) {
            if (!h.topLevel() || h.type() != SectionType.AUTRE || !inBody(h)
                    || HeadingClassifier.classify(h.title()).isPresent()
                    || conclusion != null && !h.before(conclusion)) {
                continue;
            }
            // a part about the company speaks of it; a part titled with a name the report keeps
            // using (« 2 KMB Labs ») presents the host that bears it
            if (end(h) - h.page() > 8) {
                continue; // a long part is the work, whatever company words it uses
            }
            int cues = companyCues(spanText(h));
            if (cues >= COMPANY_CUES_NEEDED || cues >= 1 && namedOften(h)) {
                return h;
            }
        }
        return null;
    }

    /** A short title (a name) found five times or more in the report's text. */
    private boolean namedOften(Heading h) {
        String name = fold(HeadingClassifier.normalise(h.title()));
        if (name.length() < 3 || name.split(" ").length > 4) {
            return false;
        }
        String text = foldedText();
        int count = 0;
        for (int at = text.indexOf(name); at >= 0 && count < 5; at = text.indexOf(name, at + 1)) {
            count++;
        }
        return count >= 5;
    }

    private String folded;

    /** The report's text, folded once for all the names looked for in it. */
    private String foldedText() {
        if (folded == null) {
            StringBuilder all = new StringBuilder();
            for (int p = 1; p <= pages; p++) {
                layout.content(p).forEach(l -> all.append(l.text()).append('\n'));
            }
            folded = fold(all.toString());
        }
        return folded;
    }

    private static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT)
                .replace('’', '\'');
    }

    /** Whether a part holds text: a heading alone on an empty page announces a part not written. */
    private boolean written(Heading h) {
        return LanguageGuesser.countWords(spanText(h)) - LanguageGuesser.countWords(h.title()) >= MIN_SECTION_WORDS;
    }

    static int companyCues(String text) {
        String folded = fold(text);
        return (int) COMPANY_CUES.stream().filter(p -> p.matcher(folded).find()).count();
    }

    /**
     * The activity parts: headings that name the work (outside the company presentation), else
     * the top-level parts between the presentation and the conclusion that are not context,
     * means, planning or difficulties (a context part opening on a project counts).
     */
    private void activities(Heading company, Heading conclusion) {
        Heading companyTop = company == null ? null : container(company);
        List<Heading> zone = new ArrayList<>();
        for (Heading h : headings) {
            if (!h.topLevel() || !inBody(h) || conclusion != null && conclusion.topLevel() && !h.before(conclusion)) {
                continue;
            }
            if (companyTop != null ? companyTop.before(h) : !frontMatterBefore(h)) {
                zone.add(h);
            }
        }
        List<Heading> named = new ArrayList<>();
        for (Heading h : headings) {
            boolean afterCompany = company == null || company.before(h)
                    && (!within(company, h) || HeadingClassifier.alsoNamesWork(company.title()));
            boolean beforeEnd = conclusion == null || h.before(conclusion) || !conclusion.topLevel();
            // « 1.1 Déroulement du stage » in the introduction tells the course, not the work
            boolean inKnownPart = !h.topLevel() && HeadingClassifier.classify(container(h).title()).isPresent()
                    && container(h).type() != SectionType.ACTIVITE && container(h) != companyTop;
            if (h.type() == SectionType.ACTIVITE && inBody(h) && afterCompany && beforeEnd && !inKnownPart) {
                named.add(h);
            }
        }
        // a sub-heading naming the work inside a top-level part of the body: that part is the work
        for (int i = 0; i < named.size(); i++) {
            Heading h = named.get(i);
            Heading top = container(h);
            if (!h.topLevel() && zone.contains(top) && !HeadingClassifier.surroundings(top.title())
                    && top.type() == SectionType.AUTRE && HeadingClassifier.classify(top.title()).isEmpty()) {
                named.set(i, top);
            }
        }
        named = new ArrayList<>(new java.util.LinkedHashSet<>(named));
        List<Heading> parts;
        if (!named.isEmpty()) {
            parts = named.stream().filter(Heading::topLevel).toList();
            Heading first = named.get(0);
            if (parts.isEmpty() || first.before(parts.get(0))) {
                List<Heading> withFirst = new ArrayList<>();
                withFirst.add(first);
                parts.stream().filter(p -> p != first).forEach(withFirst::add);
                parts = withFirst;
            }
        } else if (company == null && conclusion == null) {
            parts = List.of(); // no frame to tell the work from the rest
        } else {
            parts = zone.stream().filter(h -> h.type() == SectionType.AUTRE
                    && HeadingClassifier.classify(h.title()).isEmpty()
                    && (!HeadingClassifier.surroundings(h.title()) || opensOnWork(h))).toList();
        }
        for (Heading p : parts) {
            sections.add(new ReportSection(SectionType.ACTIVITE, p.title(), p.page(), end(p)));
        }
        count(parts, !named.isEmpty());
    }

    /**
     * Activities counted as a clerk counts them: numbered ones by their numbers; the
     * sub-headings of a « Projets » or « Missions » part; else each part that names the work
     * (a report told in chapters describes one piece of work).
     */
    private void count(List<Heading> parts, boolean named) {
        Set<String> ids = new LinkedHashSet<>();
        List<Heading> numbered = new ArrayList<>();
        for (Heading p : parts) {
            for (Heading h : withSubHeadings(p)) {
                Optional<String> id = HeadingClassifier.activityId(h.title());
                if (id.isPresent() && ids.add(id.get())) {
                    numbered.add(h);
                }
            }
        }
        if (!numbered.isEmpty() && numbered.size() >= parts.size()) {
            items(numbered);
            return;
        }
        for (Heading p : parts) {
            if (HeadingClassifier.activityContainer(p.title())) {
                List<Heading> below = withSubHeadings(p);
                boolean noLevelTwo = below.stream().noneMatch(o -> o != p && o.level() == 2);
                List<Heading> subs = below.stream().filter(h -> h != p && (h.level() == p.level() + 1
                        || h.level() == 3 && p.level() == 1 && noLevelTwo))
                        .filter(h -> HeadingClassifier.classify(h.title()).isEmpty()).toList();
                if (subs.size() >= 2) {
                    items(subs);
                    return;
                }
                List<String> listed = listedItems(p);
                if (listed.size() >= 3) {
                    // a bare list of tasks under « Activités réalisées »: each task is one activity
                    listed.forEach(t -> activityItems.add(new ReportSection(SectionType.ACTIVITE, t, p.page(), end(p))));
                    activityCount = listed.size();
                    return;
                }
            }
        }
        if (parts.isEmpty()) {
            activityCount = 0;
        } else if (named) {
            items(parts);
        } else {
            activityItems.add(new ReportSection(SectionType.ACTIVITE, parts.get(0).title(), parts.get(0).page(),
                    end(parts.get(parts.size() - 1))));
            activityCount = 1;
        }
    }

    /** The lines of a part when it is only a list of short items (no sentence), else none. */
    private List<String> listedItems(Heading h) {
        List<String> items = new ArrayList<>();
        int lines = 0;
        String wanted = HeadingClassifier.normalise(h.title());
        int last = end(h);
        for (int p = h.page(); p <= last; p++) {
            for (TextLines.Line line : layout.content(p)) {
                String text = line.text().replaceFirst("^[\\p{So}\\p{Pd}•▪➢►*·\\uF000-\\uF8FF]+\\s*", "").strip();
                String norm = HeadingClassifier.normalise(text);
                if (norm.isEmpty() || norm.equals(wanted) || text.endsWith(":")) {
                    continue;
                }
                lines++;
                if (text.split("\\s+").length <= 7 && !text.endsWith(".")) {
                    items.add(text);
                }
            }
        }
        return items.size() * 5 >= lines * 4 ? items : List.of();
    }

    private void items(List<Heading> counted) {
        counted.forEach(h -> activityItems.add(new ReportSection(SectionType.ACTIVITE, h.title(), h.page(), end(h))));
        activityCount = counted.size();
    }

    /** A context part whose first sub-heading names a project or mission is the work itself. */
    private boolean opensOnWork(Heading h) {
        return withSubHeadings(h).stream().filter(o -> o != h).findFirst()
                .map(o -> o.type() == SectionType.ACTIVITE).orElse(false);
    }

    /** Before the first top-level part that is neither front matter nor the introduction. */
    private boolean frontMatterBefore(Heading h) {
        for (Heading o : headings) {
            if (o == h) {
                return true;
            }
            if (o.topLevel() && HeadingClassifier.classify(o.title()).map(t -> t != SectionType.AUTRE).orElse(true)) {
                return false;
            }
        }
        return true;
    }

    /** The heading and the headings below it, up to the next of its level or higher. */
    private List<Heading> withSubHeadings(Heading h) {
        List<Heading> out = new ArrayList<>();
        int at = headings.indexOf(h);
        out.add(h);
        for (int i = at + 1; i < headings.size() && headings.get(i).level() > h.level(); i++) {
            out.add(headings.get(i));
        }
        return out;
    }

    private boolean within(Heading outer, Heading inner) {
        return withSubHeadings(outer).contains(inner);
    }

    /** The top-level heading a heading belongs to (itself when top-level). */
    private Heading container(Heading h) {
        Heading top = h;
        for (Heading o : headings) {
            if (o == h) {
                break;
            }
            if (o.topLevel()) {
                top = o;
            }
        }
        return h.topLevel() ? h : top;
    }

    /** The last page of a heading's section: before the next heading of its level or higher. */
    int end(Heading h) {
        int at = headings.indexOf(h);
        int end = pages;
        for (int i = at + 1; i < headings.size(); i++) {
            Heading next = headings.get(i);
            boolean nextAnnex = h.type() == SectionType.ANNEXES && next.type() == SectionType.ANNEXES;
            if (next.level() <= h.level() && next.page() >= h.page() && !nextAnnex) { // « Annexe 2 » goes on « Annexes »
                end = next.firstOnPage() ? next.page() - 1 : next.page();
                break;
            }
        }
        if (annex != null && h.before(annex) && h != annex) {
            end = Math.min(end, pagesBeforeAnnexes());
        }
        for (int p = h.page() + 1; p <= end; p++) {
            if (layout.tocPage(p)) {
                end = p - 1; // a section never runs into a contents page
                break;
            }
        }
        return Math.max(h.page(), end);
    }

    /** The text of a section's pages, from its heading's page to its last page. */
    private String spanText(Heading h) {
        StringBuilder text = new StringBuilder();
        int last = end(h);
        for (int p = h.page(); p <= last; p++) {
            layout.content(p).forEach(l -> text.append(l.text()).append('\n'));
        }
        return text.toString();
    }

    private static final Pattern KEYWORDS = Pattern.compile("^(mots?[- ]cles?|key ?words?|index terms)\\b.*");

    /** The text of a section: from the line after its heading to the next heading of any level. */
    String textOf(Heading heading) {
        int at = headings.indexOf(heading);
        Heading next = at + 1 < headings.size() ? headings.get(at + 1) : null;
        StringBuilder text = new StringBuilder();
        boolean started = false;
        String wanted = HeadingClassifier.normalise(heading.title());
        for (int p = heading.page(); p <= pages; p++) {
            if (p > heading.page() && layout.tocPage(p)) {
                break;
            }
            List<TextLines.Line> lines = layout.content(p);
            float usualGap = StructureReader.usualGap(lines);
            for (int i = 0; i < lines.size(); i++) {
                String line = lines.get(i).text();
                if (!started) {
                    if (p == heading.page() && (i >= heading.order() || heading.order() >= 1000)
                            && wanted.startsWith(HeadingClassifier.normalise(line))
                            && !HeadingClassifier.normalise(line).isEmpty()
                            || p > heading.page()) {
                        started = true;
                        if (p == heading.page()) {
                            continue;
                        }
                    } else {
                        continue;
                    }
                }
                if (next != null && (p > next.page() || p == next.page() && i >= next.order() && next.order() < 1000)) {
                    return text.toString();
                }
                if (next != null && p == next.page() && next.order() >= 1000
                        && HeadingClassifier.normalise(line).startsWith(HeadingClassifier.normalise(next.title()))) {
                    return text.toString();
                }
                // the key words that follow a summary are not part of it, nor a block set apart below
                // it (four usual line gaps or more)
                if (KEYWORDS.matcher(HeadingClassifier.fold(line)).matches()
                        || text.length() > 0 && i > 0 && lines.get(i).y() - lines.get(i - 1).y() > 4 * usualGap) {
                    return text.toString();
                }
                text.append(line).append('\n');
            }
            if (next != null && p >= next.page()) {
                break;
            }
        }
        return text.toString();
    }
}
