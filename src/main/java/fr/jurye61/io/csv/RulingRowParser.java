package fr.jurye61.io.csv;

import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import fr.jurye61.domain.SourceRef;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * decisions/*.csv. A rule id is only checked for its form here: a well-formed id that matches
 * no finding is a notice of the audit report, not a rejected row (rules.md §1).
 */
public final class RulingRowParser implements RowParser<Ruling> {
    private static final Pattern RULE_ID = Pattern.compile("[A-Z0-9]+(-[A-Z0-9]+)*");

    @Override
    public Ruling parse(Fields fields, SourceRef source) throws InvalidValueException {
        String numero = fields.identifier("numero_candidat");
        String regle = fields.required("regle").toUpperCase(Locale.ROOT);
        if (!RULE_ID.matcher(regle).matches()) {
            throw new InvalidValueException(RejectionCode.VALEUR_INCONNUE, "Colonne « regle » : "
                    + Values.show(fields.row().get("regle")) + " n'est pas un identifiant de règle "
                    + "(majuscules, chiffres et tirets, ex. RAPPORT-VISA-ABSENT).");
        }
        return new Ruling(numero, regle,
                fields.enumeration("decision", RulingDecision.class),
                fields.required("auteur"),
                fields.required("justification"),
                fields.optionalDate("date"),
                source);
    }
}
