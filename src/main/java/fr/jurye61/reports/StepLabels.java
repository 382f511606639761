package fr.jurye61.reports;

import java.util.Locale;
import java.util.Map;

/**
 * The night's steps and statuses in the clerk's words, for the console and the audit report:
 * one French name per step, the job repository's statuses as a French reader says them.
 */
public final class StepLabels {
    /** Each step's French name (the step names are the job's, NightlyJobConfiguration). */
    public static final Map<String, String> NAMES = Map.ofEntries(
            Map.entry("instantane", "Instantané des entrées"),
            Map.entry("ingestion-commissions", "Lecture des commissions"),
            Map.entry("ingestion-inscriptions", "Lecture des inscriptions"),
            Map.entry("fichiers-obligatoires", "Fichiers obligatoires"),
            Map.entry("dedoublonnage", "Inscriptions en double"),
            Map.entry("ingestion-pieces", "Lecture des pièces (attestations, décisions du recteur)"),
            Map.entry("ingestion-depots", "Lecture des dépôts de rapports"),
            Map.entry("ingestion-grilles", "Lecture des grilles d'évaluation"),
            Map.entry("ingestion-decisions", "Lecture des décisions du service"),
            Map.entry("rapprochement", "Rapprochement des lignes lues"),
            Map.entry("analyse-documents", "Analyse des documents par les travailleurs (nuit répartie)"),
            Map.entry("evaluation", "Évaluation des candidats"),
            Map.entry("sorties-csv", "Constats et décisions (CSV, SARIF)"),
            Map.entry("dossiers", "Dossiers des commissions"),
            Map.entry("notices", "Notices du président du jury"),
            Map.entry("courriers", "Courriers aux candidats et établissements"),
            Map.entry("audit", "Rapport d'audit et changements"),
            Map.entry("publication", "Publication des résultats"));

    private StepLabels() {
    }

    public static String name(String step) {
        if (step.startsWith("analyse-lot:")) {
            return "Lot d'analyse " + step.substring("analyse-lot:".length()) + " (travailleur)";
        }
        return NAMES.getOrDefault(step, step);
    }

    /** COMPLETED → « terminée », FAILED → « échouée »…; an unknown status is shown as it is. */
    public static String status(String batchStatus) {
        if (batchStatus == null) {
            return "—";
        }
        return switch (batchStatus.toUpperCase(Locale.ROOT)) {
            case "COMPLETED" -> "terminée";
            case "FAILED" -> "échouée";
            case "STOPPED" -> "arrêtée";
            case "STOPPING" -> "en cours d'arrêt";
            case "ABANDONED" -> "abandonnée";
            case "STARTING", "STARTED" -> "en cours";
            case "UNKNOWN" -> "inconnue (interrompue)";
            default -> batchStatus;
        };
    }
}
