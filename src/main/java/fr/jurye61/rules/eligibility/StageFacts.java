package fr.jurye61.rules.eligibility;

import fr.jurye61.domain.CandidateFile;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.Period;
import fr.jurye61.domain.SessionParameters;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.domain.Voie;
import java.util.List;

/**
 * What the stage rules of §2.1–§3 share for one candidate: which path applies, the certified
 * stage periods, their duration in weeks, and the rector's decisions.
 */
record StageFacts(boolean stagePath, List<Piece> stages, long weekdays, boolean dispense, boolean reduction,
        boolean forceMajeure, boolean specialContract) {

    /** The candidate this thread's engine is evaluating: its stage rules ask in turn, the facts are computed once. */
    private record Memo(CandidateFile file, SessionParameters session, StageFacts facts) {
    }

    private static final ThreadLocal<Memo> LAST = new ThreadLocal<>();

    /**
     * The facts of one candidate, computed once for all the stage rules that ask (the engine runs
     * a candidate's rules one after the other on one thread; the same file and session objects
     * give the same facts).
     */
    static StageFacts of(CandidateFile file, SessionParameters session) {
        Memo last = LAST.get();
        if (last != null && last.file() == file && last.session() == session) {
            return last.facts();
        }
        StageFacts facts = compute(file, session);
        LAST.set(new Memo(file, session, facts));
        return facts;
    }

    private static StageFacts compute(CandidateFile file, SessionParameters session) {
        List<Piece> stages = file.usable(PieceType.ATTESTATION_STAGE).stream().filter(p -> p.dateDebut() != null)
                .toList();
        long weekdays = Period.weekdays(periods(stages));
        boolean underThreshold = weekdays < 5L * session.dureeStageSemaines();
        boolean fcInitial = file.candidate().voieEffective() == Voie.FORMATION_CONTINUE
                && (file.candidate().statutFc() == StatutFc.PREMIERE_FORMATION
                || file.candidate().statutFc() == StatutFc.RECONVERSION);
        boolean specialContract = fcInitial && file.candidate().contratParticulier() && underThreshold
                && !file.usable(PieceType.CERTIFICAT_TRAVAIL).isEmpty();
        return new StageFacts(file.candidate().voieEffective() == Voie.SCOLAIRE || fcInitial, stages, weekdays,
                !file.rectoral(PieceType.DISPENSE).isEmpty(),
                !file.rectoral(PieceType.DECISION_REDUCTION).isEmpty(),
                !file.rectoral(PieceType.AUTORISATION_FORCE_MAJEURE).isEmpty(),
                specialContract);
    }

    static List<Period> periods(List<Piece> pieces) {
        return pieces.stream().filter(p -> p.dateDebut() != null).map(p -> new Period(p.dateDebut(), p.dateFin()))
                .toList();
    }

    /** The duration as messages give it: « 9,0 semaines ». */
    String duree() {
        return fr.jurye61.rules.Evidence.decimal(weekdays / 5.0) + " semaines";
    }

    /** STAGE-ATTESTATION-ABSENTE's condition (also when FC-CONTRAT-PARTICULIER replaces it). */
    boolean attestationMissing() {
        return stagePath && stages.isEmpty() && !dispense && !forceMajeure;
    }

    /** The duration rules run only on the stage paths, with an attestation (or a force-majeure
     * authorisation standing for it) and no dispensation. */
    boolean durationRulesRun() {
        return stagePath && !dispense && !attestationMissing();
    }

    boolean belowThreshold(SessionParameters session) {
        return weekdays < 5L * session.dureeStageSemaines();
    }

    /** A certified stage of the full duration, which also stands for work experience (§2.3.2, §2.5). */
    boolean qualifies(SessionParameters session) {
        return !stages.isEmpty() && !belowThreshold(session);
    }

    boolean belowMinimum(SessionParameters session) {
        return weekdays < 5L * session.dureeStageReduiteMinSemaines();
    }
}
