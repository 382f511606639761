package fr.jurye61.domain;

import java.util.Comparator;

/**
 * A finding (constat): which rule fired for which candidate, on what evidence, and what the
 * exam service ruled. {@code source} locates the evidence in the input (CSV line, or a PDF
 * and page) when there is one.
 */
public record Finding(String numero, String regle, Gravite gravite, String clause, Famille famille, String preuve,
        String message, SourceRef source, Statut statut, String auteurDecision, String justification) {

    /** The one order of findings, before any renderer sees them: candidate, rule id, evidence. */
    public static final Comparator<Finding> ORDER = Comparator.comparing(Finding::numero)
            .thenComparing(Finding::regle)
            .thenComparing(Finding::preuve);

    /** A ruling applied: lifted, or confirmed (an A_VERIFIER finding becomes blocking). */
    public Finding ruled(Ruling ruling) {
        if (ruling.decision() == RulingDecision.LEVE) {
            return new Finding(numero, regle, gravite, clause, famille, preuve, message, source, Statut.LEVE,
                    ruling.auteur(), ruling.justification());
        }
        Gravite confirmed = gravite == Gravite.A_VERIFIER ? Gravite.BLOQUANT : gravite;
        return new Finding(numero, regle, confirmed, clause, famille, preuve, message, source, Statut.CONFIRME,
                ruling.auteur(), ruling.justification());
    }

    /** Open (not lifted) and of a gravité that decides something. */
    public boolean isOpenIssue() {
        return statut.counts() && gravite != Gravite.INFO;
    }
}
