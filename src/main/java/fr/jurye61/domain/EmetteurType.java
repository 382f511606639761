package fr.jurye61.domain;

/** Who issued a document. */
public enum EmetteurType {
    STRUCTURE_ACCUEIL, EMPLOYEUR, RECTEUR, ETABLISSEMENT
}
