package fr.jurye61.domain;

/** Why an input row or file was rejected; the code is written as is in rejets.csv. */
public enum RejectionCode {
    /** The file cannot be read at all (I/O error, no header line). */
    FICHIER_ILLISIBLE,
    /** The file is larger than an input CSV may be: refused whole, unread. */
    FICHIER_TROP_VOLUMINEUX,
    /** A required column is missing: the whole file is rejected. */
    COLONNES_MANQUANTES,
    /** Two columns have the same name once case and spaces are ignored. */
    COLONNE_EN_DOUBLE,
    /** Bytes valid neither in UTF-8 nor in Windows-1252. */
    ENCODAGE_INVALIDE,
    /** The CSV syntax breaks (e.g. an unclosed quote): this row and the rest of the file. */
    CSV_MALFORME,
    /** More values than columns. */
    COLONNES_EN_TROP,
    /** A control or invisible formatting character in a value (a NUL byte, a direction override). */
    CARACTERE_INTERDIT,
    /** A value longer than the tool stores (1000 characters): never a real name or path. */
    VALEUR_TROP_LONGUE,
    /** An empty value in a required column. */
    VALEUR_MANQUANTE,
    /** numero_candidat or code_commission outside 1-20 characters of A-Z a-z 0-9 -. */
    IDENTIFIANT_INVALIDE,
    DATE_INVALIDE,
    HORODATAGE_INVALIDE,
    BOOLEEN_INVALIDE,
    /** A value outside its enumeration. */
    VALEUR_INCONNUE,
    /** quotite is not a whole number from 1 to 100. */
    QUOTITE_INVALIDE,
    /** date_fin before date_debut. */
    PERIODE_INVERSEE,
    /** A manifest path that is absolute, contains '..' or leads outside its folder. */
    CHEMIN_INTERDIT,
    /** Several rows for the same key that disagree: all are rejected. */
    DOUBLON_CONFLICTUEL,
    /** A row for a candidate that is not an accepted registration. */
    CANDIDAT_INCONNU
}
