package fr.jurye61.domain;

/** Which outcome a rule's findings decide (rules.md §3, §4, §5). */
public enum Famille {
    /** recevabilité (§3) */
    ELIGIBILITE,
    /** conformité of the report (§4) */
    RAPPORT,
    /** the commission pack (§5) */
    DOSSIER
}
