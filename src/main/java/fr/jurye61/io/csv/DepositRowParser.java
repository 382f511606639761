package fr.jurye61.io.csv;

import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Origine;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.io.input.InputSnapshot;
import java.util.List;

/** rapports/depots.csv; reports are relative to rapports/. */
public final class DepositRowParser implements RowParser<Deposit> {
    private final InputSnapshot snapshot;

    public DepositRowParser(InputSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public Deposit parse(Fields fields, SourceRef source) throws InvalidValueException {
        String numero = fields.identifier("numero_candidat");
        String fichier = ManifestPaths.check(snapshot, InputKind.DEPOTS.folder(), "fichier", fields.required("fichier"));
        Origine origine = fields.optionalEnumeration("origine", Origine.class, List.of(Origine.values()));
        return new Deposit(numero, fichier,
                fields.timestamp("depose_le").toInstant(),
                fields.bool("vise_structure", false),
                origine == null ? Origine.NOUVEAU : origine,
                source);
    }
}
