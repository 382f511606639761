package fr.jurye61.domain;

/** Kinds of supporting document listed in pieces/pieces.csv. */
public enum PieceType {
    ATTESTATION_STAGE, CONTRAT_APPRENTISSAGE, ATTESTATION_EMPLOYEUR, PROROGATION_CONTRAT,
    CERTIFICAT_TRAVAIL, DECISION_REDUCTION, DISPENSE, AUTORISATION_FORCE_MAJEURE;

    /** Documents whose period is what the rules measure: dates are required for them. */
    public boolean requiresPeriod() {
        return this == ATTESTATION_STAGE || this == CERTIFICAT_TRAVAIL;
    }

    /** Decisions only the rector may take (§3: « Le recteur est seul autorisé »). */
    public boolean isRectorOnly() {
        return this == DECISION_REDUCTION || this == DISPENSE || this == AUTORISATION_FORCE_MAJEURE;
    }
}
