package fr.jurye61.reports;

import fr.jurye61.domain.SessionParameters;
import java.util.Map;

/**
 * What the regulation asks of a report, in words a student reads, for check-report: the sizes
 * come from the session parameters, the headings listed are those the analyser recognises.
 */
final class ReportAdvice {
    private static final Map<String, String> CLAUSES = Map.of(
            "§2.1.3", "règlement de l'épreuve, annexe IV B, § 2.1.3 : le contenu du rapport",
            "§2.1.4", "règlement de l'épreuve, annexe IV B, § 2.1.4 : les documents remis à la commission",
            "§4", "règlement de l'épreuve, annexe IV B, § 4 : le dépôt du rapport");

    private ReportAdvice() {
    }

    /** « § 2.1.3 » in words. */
    static String clause(String clause) {
        return CLAUSES.getOrDefault(clause, "règlement de l'épreuve, annexe IV B, " + clause);
    }

    /** What the regulation asks for a rule's point, or "" when there is nothing to add (or no session). */
    static String asked(String rule, SessionParameters s) {
        if (s == null) {
            return "";
        }
        SessionParameters p = s;
        return switch (rule) {
            case "RAPPORT-PAGES-MAX" -> "au plus " + p.rapportPagesMax() + " pages hors annexes, couverture et sommaire"
                    + " compris ; les annexes commencent à un titre « Annexes » ou « Annexe 1 »";
            case "RAPPORT-ANNEXES-NON-REPEREES" -> "un titre « Annexes » (ou « Annexe 1 », « Appendices ») en tête de"
                    + " page pour que les annexes ne comptent pas dans les " + p.rapportPagesMax() + " pages";
            case "RAPPORT-PRESENTATION-ENTREPRISE" -> "une présentation de l'entreprise ; titres reconnus : « Présentation"
                    + " de l'entreprise », « … de la société / de la structure d'accueil / du laboratoire »,"
                    + " « Présentation de » suivi du nom de l'entreprise, « L'entreprise d'accueil »";
            case "RAPPORT-ANALYSE-JURIDIQUE" -> "une analyse juridique de " + p.juridiquePagesMin() + " à "
                    + p.juridiquePagesMax() + " pages ; titres reconnus : « Analyse juridique », « Contexte / cadre /"
                    + " environnement juridique », « Cadre réglementaire »";
            case "RAPPORT-ANALYSE-JURIDIQUE-LONGUEUR" -> "de " + p.juridiquePagesMin() + " à " + p.juridiquePagesMax()
                    + " pages d'analyse juridique";
            case "RAPPORT-ACTIVITES" -> "la description d'une ou deux activités réalisées ; titres reconnus :"
                    + " « Activité 1 », « Activités réalisées », « Missions réalisées », « Travail effectué »,"
                    + " « Tâches réalisées », « Projet … »";
            case "RAPPORT-CONCLUSION" -> "une conclusion rédigée ; titres reconnus : « Conclusion », « Conclusion"
                    + " générale », « Conclusion technique et personnelle », « Bilan »";
            case "RAPPORT-RESUME-ANGLAIS" -> "un résumé en anglais d'une demi-page (" + p.resumeAnglaisMotsMin() + " à "
                    + p.resumeAnglaisMotsMax() + " mots) ; titres reconnus : « Summary », « Abstract », « English"
                    + " summary », « Résumé en anglais »";
            case "RAPPORT-RESUME-ANGLAIS-LONGUEUR" -> "une demi-page : " + p.resumeAnglaisMotsMin() + " à "
                    + p.resumeAnglaisMotsMax() + " mots";
            case "RAPPORT-QSSE" -> "un exemple de démarche qualité, sécurité, santé, environnement d'au plus "
                    + p.qssePagesMax() + " pages ; titres reconnus : « QSSE », « Démarche QSSE », « Qualité, sécurité,"
                    + " santé, environnement », « Démarche qualité »";
            case "RAPPORT-QSSE-LONGUEUR" -> "au plus " + p.qssePagesMax() + " pages pour l'exemple QSSE";
            default -> "";
        };
    }
}
