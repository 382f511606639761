package fr.jurye61.domain;

/** A section found in a report: its kind, its heading as written, and its page span (1-based). */
public record ReportSection(SectionType type, String titre, int pageDebut, int pageFin) {
    /** Length in pages: page_fin − page_debut + 1 (rules.md §4). */
    public int pages() {
        return pageFin - pageDebut + 1;
    }

    /** « analyse juridique p. 8–13 = 6 pages » */
    public String evidence() {
        return type.libelle() + " « " + titre + " » p. " + (pageDebut == pageFin ? String.valueOf(pageDebut)
                : pageDebut + "–" + pageFin) + " = " + pages() + " page" + (pages() > 1 ? "s" : "");
    }
}
