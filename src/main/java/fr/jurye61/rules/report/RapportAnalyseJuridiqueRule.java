package fr.jurye61.rules.report;

import fr.jurye61.domain.SectionType;

/** RAPPORT-ANALYSE-JURIDIQUE (§2.1.3): the legal analysis must be found. */
public final class RapportAnalyseJuridiqueRule extends SectionPresenceRule {
    public RapportAnalyseJuridiqueRule() {
        super("RAPPORT-ANALYSE-JURIDIQUE", SectionType.JURIDIQUE);
    }
}
