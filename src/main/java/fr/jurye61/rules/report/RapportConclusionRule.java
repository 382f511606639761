package fr.jurye61.rules.report;

import fr.jurye61.domain.SectionType;

/** RAPPORT-CONCLUSION (§2.1.3): the conclusion must be found. */
public final class RapportConclusionRule extends SectionPresenceRule {
    public RapportConclusionRule() {
        super("RAPPORT-CONCLUSION", SectionType.CONCLUSION);
    }
}
