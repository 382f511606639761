package fr.jurye61.domain;

import java.util.List;
import java.util.Optional;

/**
 * What the analyser read in one report file. {@code state} other than LISIBLE means the
 * content could not be read; {@code textLayer} false means pages without extractable text (a
 * scan). {@code annexStart} is null when no annex heading was found. {@code summaryLanguage} is
 * "en", "fr" or "?" (undecided). {@code leftAfterCleaning} is what the pack's sanitiser could not
 * remove (empty for a clean copy): such a file cannot be handed to a commission.
 * {@code headings} are the top-level headings found, in order, whatever their type (the evidence
 * of a missing section lists them); {@code activityItems} are the headings counted as activities.
 */
public record ReportAnalysis(String sha256, FileState state, int pages, boolean textLayer, Integer annexStart,
        int pagesBeforeAnnexes, boolean outlineUsed, List<ReportSection> sections, int activities,
        String summaryLanguage, int summaryWords, List<String> activeContent, List<String> leftAfterCleaning,
        List<ReportSection> headings, List<ReportSection> activityItems) {

    public ReportAnalysis {
        leftAfterCleaning = leftAfterCleaning == null ? List.of() : List.copyOf(leftAfterCleaning);
        headings = headings == null ? List.of() : List.copyOf(headings);
        activityItems = activityItems == null ? List.of() : List.copyOf(activityItems);
    }

    public ReportAnalysis(String sha256, FileState state, int pages, boolean textLayer, Integer annexStart,
            int pagesBeforeAnnexes, boolean outlineUsed, List<ReportSection> sections, int activities,
            String summaryLanguage, int summaryWords, List<String> activeContent, List<String> leftAfterCleaning) {
        this(sha256, state, pages, textLayer, annexStart, pagesBeforeAnnexes, outlineUsed, sections, activities,
                summaryLanguage, summaryWords, activeContent, leftAfterCleaning, List.of(), List.of());
    }

    /** The same reading, with what a sanitised copy would keep. */
    public ReportAnalysis withLeftAfterCleaning(List<String> left) {
        return new ReportAnalysis(sha256, state, pages, textLayer, annexStart, pagesBeforeAnnexes, outlineUsed, sections,
                activities, summaryLanguage, summaryWords, activeContent, left, headings, activityItems);
    }

    public boolean readable() {
        return state == FileState.LISIBLE;
    }

    /** Whether the content rules can run: readable, with a text layer. */
    public boolean analysable() {
        return readable() && textLayer;
    }

    public Optional<ReportSection> first(SectionType type) {
        return sections.stream().filter(s -> s.type() == type).findFirst();
    }

    public static ReportAnalysis unreadable(String sha256, FileState state) {
        return new ReportAnalysis(sha256, state, 0, false, null, 0, false, List.of(), 0, "?", 0, List.of(), List.of());
    }
}
