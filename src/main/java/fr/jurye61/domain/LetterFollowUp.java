package fr.jurye61.domain;

import java.time.LocalDate;

/**
 * A line of courriers/suivi.csv: what was asked of whom, since when, by when, and whether it is
 * still open tonight (a request settled since — the finding lifted or gone — stays listed,
 * closed). {@code letter} is the file of tonight's letters that asks it, empty when closed.
 */
public record LetterFollowUp(String etablissement, String numero, String nom, String prenom, String regle,
        String asked, LocalDate firstAsked, LocalDate due, boolean open, String letter) {
}
