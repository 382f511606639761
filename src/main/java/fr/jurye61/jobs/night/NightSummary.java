package fr.jurye61.jobs.night;

import fr.jurye61.domain.Decision;
import fr.jurye61.reports.FrenchText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a completed night comes to, for the last lines of its console: candidates by decision,
 * rejected rows, changes since the previous night, packs built or unchanged, candidates the
 * letters ask for something, where to read on.
 */
public record NightSummary(long runId, Map<Decision, Integer> decisions, int rejectedRows, int changes,
        int packsBuilt, int packsUnchanged, int candidatesAsked, Path auditReport) {

    /** Counts kept in the step execution contexts, read back by the summary. */
    public static final String CHANGES = "console.changements";
    public static final String PACKS_BUILT = "console.dossiers.construits";
    public static final String PACKS_UNCHANGED = "console.dossiers.inchanges";
    public static final String CANDIDATES_ASKED = "console.courriers.candidats";


    public NightSummary {
        decisions = new EnumMap<>(decisions.isEmpty() ? Map.of() : decisions);
    }

    /** French lines, in a fixed order; {@code elapsedMillis} is the whole command's time. */
    public List<String> lines(long elapsedMillis) {
        int candidates = decisions.values().stream().mapToInt(Integer::intValue).sum();
        List<String> parts = new ArrayList<>();
        for (Decision d : List.of(Decision.INTERROGE, Decision.EN_ATTENTE, Decision.NON_VALIDE, Decision.NON_ADMIS)) {
            parts.add(FrenchText.count(decisions.getOrDefault(d, 0), d));
        }
        return List.of(
                "Nuit n° " + runId + " terminée en " + StepProgressListener.seconds(elapsedMillis) + ".",
                "  Candidats : " + candidates + " (" + String.join(", ", parts) + ").",
                "  Lignes rejetées : " + rejectedRows + " (rejets.csv).",
                "  Changements depuis la nuit précédente : " + FrenchText.count(changes, "candidat")
                        + " (changements.csv).",
                "  Dossiers des commissions : " + (packsBuilt + packsUnchanged) + " ("
                        + FrenchText.count(packsBuilt, "construit") + ", " + FrenchText.count(packsUnchanged, "inchangé")
                        + ").",
                "  Courriers : " + FrenchText.count(candidatesAsked, "candidat") + " à relancer (courriers/, suivi dans "
                        + "courriers/suivi.csv).",
                "  Rapport d'audit : " + auditReport);
    }
}
