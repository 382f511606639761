package fr.jurye61.rules.report;

import fr.jurye61.domain.SectionType;

/** RAPPORT-QSSE (§2.1.3): an analysed example of QSSE approach must be found. */
public final class RapportQsseRule extends SectionPresenceRule {
    public RapportQsseRule() {
        super("RAPPORT-QSSE", SectionType.QSSE);
    }
}
