package fr.jurye61.io.csv;

import fr.jurye61.domain.Grid;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.io.input.InputSnapshot;

/** grilles/grilles.csv; grids are relative to grilles/. */
public final class GridRowParser implements RowParser<Grid> {
    private final InputSnapshot snapshot;

    public GridRowParser(InputSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public Grid parse(Fields fields, SourceRef source) throws InvalidValueException {
        String numero = fields.identifier("numero_candidat");
        String fichier = ManifestPaths.check(snapshot, InputKind.GRILLES.folder(), "fichier", fields.required("fichier"));
        return new Grid(numero, fichier, fields.optionalDate("etablie_le"), source);
    }
}
