package fr.jurye61.io.csv;

import fr.jurye61.domain.Grid;
import fr.jurye61.domain.SourceRef;
import java.nio.file.Path;

/** grilles/grilles.csv; grids are relative to grilles/. */
public final class GridRowParser implements RowParser<Grid> {
    private final Path folder;

    public GridRowParser(Path folder) {
        this.folder = folder;
    }

    @Override
    public Grid parse(Fields fields, SourceRef source) throws InvalidValueException {
        String numero = fields.identifier("numero_candidat");
        String fichier = ManifestPaths.check(folder, "fichier", fields.required("fichier"));
        return new Grid(numero, fichier, fields.optionalDate("etablie_le"), source);
    }
}
