package fr.jurye61.rules.report;

import fr.jurye61.domain.SectionType;

/** RAPPORT-PRESENTATION-ENTREPRISE (§2.1.3): the company presentation must be found. */
public final class RapportPresentationEntrepriseRule extends SectionPresenceRule {
    public RapportPresentationEntrepriseRule() {
        super("RAPPORT-PRESENTATION-ENTREPRISE", SectionType.ENTREPRISE);
    }
}
