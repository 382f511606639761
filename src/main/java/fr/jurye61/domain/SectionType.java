package fr.jurye61.domain;

/** The parts of a report that §2.1.3 requires, annexes, and any other top-level heading. */
public enum SectionType {
    ENTREPRISE("présentation de l'entreprise"),
    JURIDIQUE("analyse juridique"),
    ACTIVITE("activité"),
    CONCLUSION("conclusion"),
    RESUME_ANGLAIS("résumé en anglais"),
    QSSE("démarche QSSE"),
    ANNEXES("annexes"),
    AUTRE("autre");

    private final String libelle;

    SectionType(String libelle) {
        this.libelle = libelle;
    }

    /** French name for evidence and reports. */
    public String libelle() {
        return libelle;
    }
}
