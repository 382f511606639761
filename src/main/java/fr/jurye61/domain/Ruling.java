package fr.jurye61.domain;

import java.time.LocalDate;

/** A ruling of the exam service on one candidate's finding (decisions/*.csv). */
public record Ruling(String numero, String regle, RulingDecision decision, String auteur, String justification,
        LocalDate date, SourceRef source) implements CandidateDocument {
}
