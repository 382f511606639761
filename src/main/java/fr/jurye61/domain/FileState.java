package fr.jurye61.domain;

/** What a document's file turned out to be when it was opened. */
public enum FileState {
    /** The manifest names no file: the row alone is the document. */
    NON_FOURNI("aucun fichier indiqué"),
    LISIBLE("lisible"),
    MANQUANT("fichier absent"),
    VIDE("fichier vide"),
    PAS_UN_PDF("ce n'est pas un PDF"),
    CHIFFRE("protégé par un mot de passe d'ouverture"),
    ENDOMMAGE("fichier endommagé ou tronqué"),
    /** A decompression bomb, a looping page tree, thousands of pages: analysis stopped at its limits. */
    TROP_COMPLEXE("fichier trop volumineux ou trop complexe : analyse interrompue à ses limites");

    private final String libelle;

    FileState(String libelle) {
        this.libelle = libelle;
    }

    /** French wording for evidence and messages. */
    public String libelle() {
        return libelle;
    }

    /** A document counts if it names no file, or its file opens. */
    public boolean usable() {
        return this == NON_FOURNI || this == LISIBLE;
    }
}
