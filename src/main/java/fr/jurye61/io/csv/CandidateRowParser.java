package fr.jurye61.io.csv;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.domain.Voie;
import java.util.Arrays;
import java.util.List;

/** inscriptions/*.csv */
public final class CandidateRowParser implements RowParser<Candidate> {
    private static final List<Voie> DISTANCE_PATHS = Arrays.stream(Voie.values())
            .filter(Voie::allowedForDistance).toList();

    @Override
    public Candidate parse(Fields fields, SourceRef source) throws InvalidValueException {
        String numero = fields.identifier("numero_candidat");
        String nom = fields.required("nom");
        String prenom = fields.required("prenom");
        Voie voie = fields.enumeration("voie", Voie.class);
        Voie voieDistance = fields.optionalEnumeration("voie_distance", Voie.class, DISTANCE_PATHS);
        if (voie == Voie.DISTANCE && voieDistance == null) {
            throw Fields.missing("voie_distance", " (obligatoire quand voie = distance, §2.4)");
        }
        if (voie != Voie.DISTANCE) {
            voieDistance = null; // meaningless outside distance learning
        }
        Voie effective = voie == Voie.DISTANCE ? voieDistance : voie;
        StatutFc statutFc = fields.optionalEnumeration("statut_fc", StatutFc.class, List.of(StatutFc.values()));
        if (effective == Voie.FORMATION_CONTINUE && statutFc == null) {
            throw Fields.missing("statut_fc", " (obligatoire pour la formation continue, §2.3)");
        }
        if (effective != Voie.FORMATION_CONTINUE) {
            statutFc = null;
        }
        return new Candidate(numero, nom, prenom,
                fields.optionalDate("date_naissance"),
                voie, statutFc, voieDistance,
                fields.bool("redoublant", false),
                fields.bool("contrat_particulier", false),
                fields.optional("academie"),
                fields.optional("etablissement"),
                fields.identifier("commission"),
                source);
    }
}
