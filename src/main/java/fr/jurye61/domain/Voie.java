package fr.jurye61.domain;

/** Registration path (§2). {@code DISTANCE} is resolved to its effective path (§2.4). */
public enum Voie {
    SCOLAIRE, APPRENTISSAGE, FORMATION_CONTINUE, DISTANCE, EXPERIENCE_PRO;

    /** The paths a distance candidate may follow (§2.4). */
    public boolean allowedForDistance() {
        return this == SCOLAIRE || this == APPRENTISSAGE || this == FORMATION_CONTINUE;
    }
}
