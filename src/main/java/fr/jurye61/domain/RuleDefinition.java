package fr.jurye61.domain;

import java.util.Map;

/**
 * One entry of the rule catalogue: stable id, gravité, clause of the regulation, the outcome
 * it decides, a one-line description (interpretations said as such) and the French message
 * template, whose {placeholders} a rule fills in; {@code request} (null for most rules) is what its
 * open finding asks the candidate or their school to send (courriers/).
 */
public record RuleDefinition(String id, Gravite gravite, String clause, Famille famille, String description,
        String message, RequestText request) {

    /** A new open finding of this rule for one candidate. */
    public Finding finding(String numero, String preuve, Map<String, String> values, SourceRef source) {
        String text = message;
        for (Map.Entry<String, String> value : values.entrySet()) {
            text = text.replace("{" + value.getKey() + "}", value.getValue());
        }
        return new Finding(numero, id, gravite, clause, famille, preuve, text, source, Statut.OUVERT, null, null);
    }

    public Finding finding(String numero, String preuve, SourceRef source) {
        return finding(numero, preuve, Map.of(), source);
    }
}
