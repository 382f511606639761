package fr.jurye61.io.csv;

import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.io.input.InputSnapshot;
import java.time.LocalDate;

/** pieces/pieces.csv; scans are relative to pieces/. */
public final class PieceRowParser implements RowParser<Piece> {
    private final InputSnapshot snapshot;

    public PieceRowParser(InputSnapshot snapshot) {
        this.snapshot = snapshot;
    }

    @Override
    public Piece parse(Fields fields, SourceRef source) throws InvalidValueException {
        String numero = fields.identifier("numero_candidat");
        PieceType type = fields.enumeration("type", PieceType.class);
        String emetteur = fields.required("emetteur");
        EmetteurType emetteurType = fields.enumeration("emetteur_type", EmetteurType.class);
        LocalDate debut = fields.optionalDate("date_debut");
        LocalDate fin = fields.optionalDate("date_fin");
        if (type.requiresPeriod() || debut != null || fin != null) {
            String when = " (période obligatoire pour " + type.name().toLowerCase(java.util.Locale.ROOT) + ")";
            if (debut == null) {
                throw Fields.missing("date_debut", type.requiresPeriod() ? when : " (date_fin est renseignée)");
            }
            if (fin == null) {
                throw Fields.missing("date_fin", type.requiresPeriod() ? when : " (date_debut est renseignée)");
            }
            if (fin.isBefore(debut)) {
                throw new InvalidValueException(RejectionCode.PERIODE_INVERSEE, "Colonne « date_fin » : "
                        + Values.show(fields.row().get("date_fin")) + " est antérieure à date_debut "
                        + Values.show(fields.row().get("date_debut")) + ".");
            }
        }
        String quotite = fields.optional("quotite");
        int percent = quotite == null ? 100 : Values.integer("quotite", quotite, 1, 100, RejectionCode.QUOTITE_INVALIDE);
        String fichier = fields.optional("fichier");
        return new Piece(numero, type, emetteur, emetteurType, debut, fin, percent,
                fields.bool("domaine_metrologie", true),
                fields.optional("reference"),
                fichier == null ? null : ManifestPaths.check(snapshot, InputKind.PIECES.folder(), "fichier", fichier),
                source);
    }
}
