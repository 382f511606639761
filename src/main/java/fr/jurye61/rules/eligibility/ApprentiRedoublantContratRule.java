package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;

/** APPRENTI-REDOUBLANT-CONTRAT (§5): a repeating apprentice shows a prorogation or a contract running at the exam. */
public final class ApprentiRedoublantContratRule extends AbstractRule {
    public ApprentiRedoublantContratRule() {
        super("APPRENTI-REDOUBLANT-CONTRAT");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.candidate().voieEffective() == Voie.APPRENTISSAGE && file.candidate().redoublant();
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        List<Piece> contracts = file.usable(PieceType.CONTRAT_APPRENTISSAGE);
        boolean running = contracts.stream().anyMatch(c -> c.dateDebut() != null
                && !session.dateExamen().isBefore(c.dateDebut()) && !session.dateExamen().isAfter(c.dateFin()));
        if (running || !file.usable(PieceType.PROROGATION_CONTRAT).isEmpty()) {
            return List.of();
        }
        String seen = contracts.isEmpty() ? "aucun contrat lisible" : "contrat(s) : " + Evidence.periods(contracts);
        return fire(file, "date_examen = " + session.dateExamen() + " hors de tout contrat ; " + seen
                + " ; aucune prorogation_contrat", Map.of("date_examen", session.dateExamen().toString()),
                contracts.isEmpty() ? file.candidate().source() : contracts.get(0).source());
    }
}
