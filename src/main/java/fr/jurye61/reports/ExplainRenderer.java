package fr.jurye61.reports;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.InputLayout;
import fr.jurye61.domain.RetainedDocument;
import fr.jurye61.domain.Check;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.EnumText;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.RuleDefinition;
import fr.jurye61.domain.Statut;
import fr.jurye61.rules.RuleCatalogue;
import java.util.List;

/** explain: one candidate's whole trail, in French: each rule checked, outcome, evidence, clause, ruling. */
public final class ExplainRenderer {
    private ExplainRenderer() {
    }

    public static String render(long runId, Candidate c, Outcome outcome, List<Check> checks, List<Finding> findings,
            List<Notice> unmatchedRulings, List<RetainedDocument> retained) {
        StringBuilder out = new StringBuilder();
        out.append("Candidat ").append(c.numero()).append(" — ").append(c.nom()).append(' ').append(c.prenom())
                .append(" (").append(c.source().fichier()).append(", ligne ").append(c.source().ligne()).append(")\n");
        out.append("Voie : ").append(EnumText.code(c.voieEffective()))
                .append(c.statutFc() == null ? "" : " (" + EnumText.code(c.statutFc()) + ")")
                .append(c.redoublant() ? ", redoublant" : "").append(" ; commission ").append(c.commission()).append('\n');
        out.append("Exécution n° ").append(runId).append('\n');
        if (outcome != null) {
            out.append("Recevabilité : ").append(outcome.recevabilite()).append(" ; conformité : ")
                    .append(outcome.conformite()).append(" ; décision : ").append(outcome.decision()).append('\n');
            out.append("Constats ouverts décisifs : ").append(outcome.constats().isEmpty() ? "aucun"
                    : String.join(", ", outcome.constats())).append('\n');
        }
        // the documents the evaluation chose: what the commission receives if the candidate is interviewed
        for (RetainedDocument d : retained) {
            out.append(d.role() == RetainedDocument.Role.RAPPORT ? "Rapport retenu : " + InputLayout.report(d.fichier())
                    : "Grille retenue : " + InputLayout.grid(d.fichier())).append(" (").append(d.etat().libelle())
                    .append(d.sha256() == null ? "" : ", SHA-256 " + d.sha256()).append(")\n");
        }
        out.append("\nRègles vérifiées (").append(checks.size()).append(", dans l'ordre du catalogue) :\n");
        List<String> order = RuleCatalogue.all().stream().map(RuleDefinition::id).toList();
        for (Check check : checks.stream().sorted(java.util.Comparator.comparingInt(k -> order.indexOf(k.regle())))
                .toList()) {
            RuleDefinition rule = RuleCatalogue.get(check.regle());
            out.append("  ").append(check.regle()).append(" (").append(rule.clause()).append(") — ")
                    .append(label(check.resultat())).append('\n');
            if (check.resultat() == CheckResult.NON_APPLICABLE) {
                continue;
            }
            for (Finding f : findings) {
                if (!f.regle().equals(check.regle())) {
                    continue;
                }
                out.append("      [").append(f.gravite()).append(", ").append(EnumText.code(f.statut())).append("] ")
                        .append(f.message()).append('\n')
                        .append("      Preuve : ").append(f.preuve()).append('\n');
                if (f.statut() != Statut.OUVERT) {
                    out.append("      Décision du service : ").append(f.statut() == Statut.LEVE ? "levé" : "confirmé")
                            .append(" par ").append(f.auteurDecision()).append(" — ").append(f.justification()).append('\n');
                }
            }
        }
        if (!unmatchedRulings.isEmpty()) {
            out.append("\nDécisions du service sans constat correspondant (sans effet) :\n");
            unmatchedRulings.forEach(n -> out.append("  ").append(n.fichier()).append(", ligne ").append(n.ligne())
                    .append(" : ").append(n.message()).append('\n'));
        }
        return out.toString();
    }

    private static String label(CheckResult result) {
        return switch (result) {
            case RESPECTEE -> "respectée";
            case CONSTAT -> "constat";
            case NON_APPLICABLE -> "sans objet pour ce candidat";
        };
    }
}
