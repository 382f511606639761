package fr.jurye61.reports;

import fr.jurye61.domain.Finding;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/** check-report's output: French text for a person, JSON (output.md) for a tool. */
public final class CheckReportRenderer {
    private CheckReportRenderer() {
    }

    public static String text(String fichier, ReportAnalysis a, List<Finding> findings) {
        StringBuilder out = new StringBuilder();
        out.append("Rapport : ").append(fichier).append('\n');
        if (!a.readable()) {
            out.append("Illisible : ").append(a.state().libelle()).append('\n');
        } else {
            out.append(a.pages()).append(" pages, ").append(a.pagesBeforeAnnexes()).append(" avant les annexes")
                    .append(a.annexStart() == null ? " (annexes non repérées)" : " (annexes p. " + a.annexStart() + ")")
                    .append('\n');
            if (a.textLayer()) {
                out.append("Sections trouvées (d'après ").append(a.outlineUsed() ? "les signets" : "le texte")
                        .append(") :\n");
                for (ReportSection s : a.sections()) {
                    out.append(String.format(Locale.ROOT, "  %-30s p. %3d à %3d  « %s »%n", s.type().libelle(),
                            s.pageDebut(), s.pageFin(), s.titre()));
                }
                if (a.first(SectionType.RESUME_ANGLAIS).isPresent()) {
                    out.append("Résumé : ").append(a.summaryWords()).append(" mots, langue détectée : ")
                            .append(a.summaryLanguage()).append('\n');
                }
            }
        }
        if (findings.isEmpty()) {
            out.append("Aucun constat : le rapport est conforme sur les points contrôlés.\n");
        } else {
            out.append("Constats :\n");
            for (Finding f : findings) {
                out.append("  [").append(f.gravite()).append("] ").append(f.regle()).append(" (").append(f.clause())
                        .append(") ").append(f.message()).append('\n')
                        .append("      preuve : ").append(f.preuve()).append('\n');
            }
        }
        return out.toString();
    }

    public static String json(String fichier, ReportAnalysis a, List<Finding> findings) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("fichier", fichier);
        root.put("pages", a.pages());
        root.put("pages_avant_annexes", a.pagesBeforeAnnexes());
        root.put("sections", a.sections().stream().map(s -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("type", s.type().name().toLowerCase(Locale.ROOT));
            m.put("titre", s.titre());
            m.put("page_debut", s.pageDebut());
            m.put("page_fin", s.pageFin());
            return m;
        }).toList());
        root.put("constats", findings.stream().map(f -> {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("regle", f.regle());
            m.put("gravite", f.gravite().name());
            m.put("preuve", f.preuve());
            m.put("message", f.message());
            return m;
        }).toList());
        return JsonMapper.builder().build().writerWithDefaultPrettyPrinter().writeValueAsString(root) + "\n";
    }
}
