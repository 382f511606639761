package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Origine;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.Voie;
import fr.jurye61.rules.AbstractRule;
import fr.jurye61.rules.Evidence;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * REDOUBLANT-NOUVEAU-STAGE (§5): a repeater presenting a new report must have done a new stage,
 * ending after the previous session's exam. Without date_examen_session_precedente the rule
 * cannot be evaluated and does not apply.
 */
public final class RedoublantNouveauStageRule extends AbstractRule {
    public RedoublantNouveauStageRule() {
        super("REDOUBLANT-NOUVEAU-STAGE");
    }

    @Override
    public boolean appliesTo(CandidateFile file, SessionParameters session) {
        return file.candidate().voieEffective() == Voie.SCOLAIRE && file.candidate().redoublant()
                && session.dateExamenSessionPrecedente() != null
                && countedOrigin(file, session).filter(o -> o == Origine.NOUVEAU).isPresent();
    }

    static Optional<Origine> countedOrigin(CandidateFile file, SessionParameters session) {
        return file.countedDeposit(session).map(Deposit::origine);
    }

    @Override
    public List<Finding> check(CandidateFile file, SessionParameters session) {
        StageFacts facts = StageFacts.of(file, session);
        boolean newStage = facts.stages().stream()
                .anyMatch(p -> p.dateFin().isAfter(session.dateExamenSessionPrecedente()));
        if (newStage) {
            return List.of();
        }
        String stages = facts.stages().isEmpty() ? "aucune attestation de stage" : Evidence.periods(facts.stages());
        return fire(file, "origine = nouveau ; aucune période de stage terminée après date_examen_session_precedente = "
                + session.dateExamenSessionPrecedente() + " ; " + stages,
                Map.of("date", session.dateExamenSessionPrecedente().toString()),
                facts.stages().isEmpty() ? file.candidate().source() : facts.stages().get(0).source());
    }
}
