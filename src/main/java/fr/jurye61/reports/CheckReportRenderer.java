package fr.jurye61.reports;

import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Gravite;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SectionType;
import fr.jurye61.domain.SessionParameters;
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
        return text(fichier, a, findings, null);
    }

    /**
     * For a student: what was found (printed headings and their pages), then for each finding
     * what the regulation asks, in words, with the sizes of the session and the headings that
     * are recognised; a closing line with the counts.
     */
    public static String text(String fichier, ReportAnalysis a, List<Finding> findings, SessionParameters session) {
        StringBuilder out = new StringBuilder();
        out.append("Rapport : ").append(fichier).append('\n');
        if (!a.readable()) {
            out.append("Illisible : ").append(a.state().libelle()).append('\n');
        } else {
            out.append(a.pages()).append(" pages, ").append(a.pagesBeforeAnnexes()).append(" avant les annexes")
                    .append(a.annexStart() == null ? " (annexes non repérées)" : " (annexes p. " + a.annexStart() + ")")
                    .append('\n');
            if (a.textLayer()) {
                if (!a.headings().isEmpty()) {
                    out.append("Titres trouvés (d'après ").append(a.outlineUsed() ? "les signets" : "le texte")
                            .append(") :\n");
                    for (ReportSection h : a.headings()) {
                        out.append(String.format(Locale.ROOT, "  p. %3d  « %s »%s%n", h.pageDebut(), h.titre(),
                                h.type() == SectionType.AUTRE ? "" : " : " + h.type().libelle()));
                    }
                }
                out.append("Sections reconnues :\n");
                for (ReportSection s : a.sections()) {
                    out.append(String.format(Locale.ROOT, "  %-30s p. %3d à %3d  « %s »%n", s.type().libelle(),
                            s.pageDebut(), s.pageFin(), s.titre()));
                }
                if (a.sections().isEmpty()) {
                    out.append("  aucune\n");
                }
                if (a.first(SectionType.RESUME_ANGLAIS).isPresent()) {
                    out.append("Résumé : ").append(a.summaryWords()).append(" mots, langue détectée : ")
                            .append(language(a.summaryLanguage())).append('\n');
                }
            }
        }
        if (findings.isEmpty()) {
            out.append("Aucun constat : le rapport est conforme sur les points contrôlés.\n");
        } else {
            out.append("Constats :\n");
            for (Finding f : findings) {
                out.append("  ").append(gravite(f.gravite())).append(" — ").append(f.message()).append(" (")
                        .append(ReportAdvice.clause(f.clause())).append(")\n")
                        .append("      trouvé : ").append(f.preuve()).append('\n');
                String asked = ReportAdvice.asked(f.regle(), session);
                if (!asked.isEmpty()) {
                    out.append("      demandé : ").append(asked).append('\n');
                }
                // the rule's id, to quote when asking the exam service about it
                out.append("      référence : ").append(f.regle()).append('\n');
            }
        }
        long blocking = findings.stream().filter(f -> f.gravite() == Gravite.BLOQUANT).count();
        long toCheck = findings.stream().filter(f -> f.gravite() == Gravite.A_VERIFIER).count();
        long info = findings.stream().filter(f -> f.gravite() == Gravite.INFO).count();
        out.append("Bilan : ").append(blocking).append(" bloquant").append(blocking > 1 ? "s" : "").append(", ")
                .append(toCheck).append(" à vérifier, ").append(info).append(" pour information.\n");
        return out.toString();
    }

    static String gravite(Gravite g) {
        return switch (g) {
            case BLOQUANT -> "Bloquant";
            case A_VERIFIER -> "À vérifier";
            case INFO -> "Pour information";
        };
    }

    private static String language(String code) {
        return switch (code) {
            case "en" -> "anglais";
            case "fr" -> "français";
            default -> "indéterminée";
        };
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
