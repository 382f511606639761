package fr.jurye61.domain;

/** Where a finding stands after the exam service's rulings (rules.md §1). */
public enum Statut {
    OUVERT, LEVE, CONFIRME;

    /** Lifted findings no longer count; open and confirmed ones do. */
    public boolean counts() {
        return this != LEVE;
    }
}
