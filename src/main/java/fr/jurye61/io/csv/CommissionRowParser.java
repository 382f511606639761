package fr.jurye61.io.csv;

import fr.jurye61.domain.Commission;
import fr.jurye61.domain.SourceRef;

/** commissions.csv */
public final class CommissionRowParser implements RowParser<Commission> {
    @Override
    public Commission parse(Fields fields, SourceRef source) throws InvalidValueException {
        return new Commission(
                fields.identifier("code_commission"),
                fields.required("libelle"),
                fields.optionalDate("date_interrogation"),
                fields.optional("lieu"),
                source);
    }
}
