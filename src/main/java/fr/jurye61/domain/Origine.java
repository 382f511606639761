package fr.jurye61.domain;

/** Origin of a deposited report (§5). */
public enum Origine {
    NOUVEAU, SESSION_PRECEDENTE, MODIFIE
}
