package fr.jurye61.domain;

import java.time.LocalDate;

/** One accepted registration (inscriptions/*.csv). */
public record Candidate(
        String numero,
        String nom,
        String prenom,
        LocalDate dateNaissance,
        Voie voie,
        StatutFc statutFc,
        Voie voieDistance,
        boolean redoublant,
        boolean contratParticulier,
        String academie,
        String etablissement,
        String commission,
        SourceRef source) {

    /** The path whose rules apply: a distance candidate follows their declared status (§2.4). */
    public Voie voieEffective() {
        return voie == Voie.DISTANCE ? voieDistance : voie;
    }

    /** The same registration read from another row: used to tell identical duplicates. */
    public Candidate withSource(SourceRef other) {
        return new Candidate(numero, nom, prenom, dateNaissance, voie, statutFc, voieDistance, redoublant,
                contratParticulier, academie, etablissement, commission, other);
    }
}
