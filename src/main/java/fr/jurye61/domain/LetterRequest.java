package fr.jurye61.domain;

import java.util.List;

/**
 * One thing a letter asks of a candidate (or their school): the rule whose open finding waits on
 * it, what is asked and why, and the findings' evidence (which file, which line) so the reader
 * knows exactly which document is meant.
 */
public record LetterRequest(String numero, String regle, RequestText text, List<String> evidence) {
    public LetterRequest {
        evidence = List.copyOf(evidence);
    }
}
