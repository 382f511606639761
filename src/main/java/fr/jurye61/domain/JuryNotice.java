package fr.jurye61.domain;

/** A candidate the jury president must be told about (rules.md §5), and why. */
public record JuryNotice(String commission, String numero, String nom, String prenom, Motif motif) {

    /** FORCE_MAJEURE: admitted under a force-majeure authorisation; NON_VALIDE: the report was not conforming. */
    public enum Motif {
        FORCE_MAJEURE, NON_VALIDE
    }
}
