package fr.jurye61.reports;

import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Gravite;
import fr.jurye61.domain.PagePicture;
import fr.jurye61.domain.ReportAnalysis;
import fr.jurye61.domain.ReportSection;
import fr.jurye61.domain.SessionParameters;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * check-report --format html: one self-contained page for a student (inline CSS and pictures, no
 * script, no request): the page strip (pages counted, annexes, pages beyond the limit), each
 * section found with a picture of the page where its heading is, boxed, and each finding with
 * what to do. Each picture is embedded once and shown on the strip and beside its section.
 */
public final class CheckReportHtmlRenderer {
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;color:#1b1b1b;max-width:1100px}
            h1{font-size:1.5rem;margin-bottom:.2rem}h2{font-size:1.15rem;margin-top:2rem;border-bottom:2px solid #000091}
            .bilan{font-size:1.05rem;margin:.6rem 0}.badge{display:inline-block;padding:0 .4rem;border-radius:.3rem;color:#fff;font-size:.8rem}
            .BLOQUANT{background:#c62828}.A_VERIFIER{background:#ef6c00}.INFO{background:#607d8b}
            .bande{display:flex;flex-wrap:wrap;gap:3px;margin:.5rem 0}
            .vignette{position:relative;display:block;width:34px;height:48px;border:1px solid #999;background:#fff center/cover no-repeat;
            font-size:.65rem;color:#333;text-decoration:none}
            .vignette span{position:absolute;bottom:0;right:0;background:rgba(255,255,255,.85);padding:0 2px}
            .vignette.annexe{background-color:#e8eaf6;border-style:dashed}.vignette.depasse{border:2px solid #c62828}
            .vignette.titre{outline:2px solid #000091}
            .legende span{display:inline-block;margin-right:1rem}.legende i{display:inline-block;width:12px;height:16px;border:1px solid #999;vertical-align:middle;margin-right:.3rem}
            section.trouvee{display:flex;gap:1rem;align-items:flex-start;border-top:1px solid #ddd;padding:.6rem 0}
            .page{position:relative;width:220px;flex:none;border:1px solid #999;background:#fff top left/100% 100% no-repeat}
            .cadre{position:absolute;border:2px solid #d50000;box-shadow:0 0 0 2px rgba(213,0,0,.25)}
            .constat{border-left:4px solid #999;padding:.3rem .6rem;margin:.6rem 0}.constat.BLOQUANT{border-color:#c62828;background:none}
            .constat.A_VERIFIER{border-color:#ef6c00;background:none}.constat.INFO{border-color:#607d8b;background:none}
            .small{font-size:.85rem;color:#555}
            """;

    private CheckReportHtmlRenderer() {
    }

    public static String render(String fichier, ReportAnalysis a, List<Finding> findings, SessionParameters session,
            Map<Integer, PagePicture> pictures) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Contrôle du rapport — ").append(HtmlText.esc(fichier)).append("</title><style>").append(CSS);
        for (PagePicture p : pictures.values()) {
            h.append(".pg").append(p.page()).append("{background-image:url(data:image/png;base64,")
                    .append(Base64.getEncoder().encodeToString(p.png())).append(")}\n");
        }
        h.append("</style></head><body>\n<h1>Contrôle du rapport avant dépôt — sous-épreuve E6.1</h1>\n<p>")
                .append(HtmlText.esc(fichier)).append("</p>\n");
        long blocking = findings.stream().filter(f -> f.gravite() == Gravite.BLOQUANT).count();
        long toCheck = findings.stream().filter(f -> f.gravite() == Gravite.A_VERIFIER).count();
        long info = findings.stream().filter(f -> f.gravite() == Gravite.INFO).count();
        h.append("<p class=\"bilan\">").append(findings.isEmpty() ? "Aucun constat : le rapport est conforme sur les points contrôlés."
                : FrenchText.count(blocking, "point bloquant", "points bloquants") + ", " + FrenchText.count(toCheck,
                        "point à vérifier", "points à vérifier") + ", " + FrenchText.count(info, "information")).append("</p>\n");
        if (!a.readable()) {
            h.append("<p><b>Le fichier ne peut pas être lu : ").append(HtmlText.esc(a.state().libelle()))
                    .append(".</b> Enregistrez de nouveau votre rapport en PDF depuis votre traitement de texte.</p>\n");
        } else {
            strip(h, a, session, pictures);
            sections(h, a, pictures);
        }
        findings(h, findings, session);
        h.append("<p class=\"small\">Produit par jury-e61 check-report : les règles de contenu de l'annexe IV B (les règles ")
                .append("de date, de visa et de doublon ne concernent que le service des examens). Les images ne montrent ")
                .append("que les pages où un titre a été trouvé.</p>\n</body></html>\n");
        return h.toString();
    }

    private static void strip(StringBuilder h, ReportAnalysis a, SessionParameters session,
            Map<Integer, PagePicture> pictures) {
        int limit = session.rapportPagesMax();
        h.append("<h2>Les pages</h2>\n<p>").append(FrenchText.count(a.pages(), "page")).append(", dont ")
                .append(a.pagesBeforeAnnexes()).append(" avant les annexes")
                .append(a.annexStart() == null ? " (aucun titre d'annexes trouvé : toutes les pages comptent)"
                        : " (annexes à partir de la page " + a.annexStart() + ")")
                .append(" ; la limite est de ").append(limit).append(" pages avant les annexes")
                .append(a.pagesBeforeAnnexes() > limit ? ", dépassée de " + FrenchText.count(a.pagesBeforeAnnexes() - limit,
                        "page") : ", respectée").append(".</p>\n<div class=\"bande\">");
        java.util.Set<Integer> headingPages = new java.util.HashSet<>();
        a.sections().forEach(s -> headingPages.add(s.pageDebut()));
        for (int page = 1; page <= a.pages(); page++) {
            boolean annex = a.annexStart() != null && page >= a.annexStart();
            String kind = annex ? "annexe" : page > limit ? "depasse" : "corps";
            h.append("<a class=\"vignette ").append(kind).append(pictures.containsKey(page) ? " pg" + page : "")
                    .append(headingPages.contains(page) ? " titre" : "").append("\" href=\"#page-").append(page)
                    .append("\" title=\"page ").append(page).append(annex ? " (annexe)" : page > limit
                            ? " (au-delà de la limite)" : "").append("\"><span>").append(page).append("</span></a>");
        }
        h.append("</div>\n<p class=\"legende small\"><span><i></i>page comptée</span>")
                .append("<span><i style=\"border:2px solid #c62828\"></i>au-delà de ").append(limit).append(" pages</span>")
                .append("<span><i style=\"background:#e8eaf6;border-style:dashed\"></i>annexe (non comptée)</span>")
                .append("<span><i style=\"outline:2px solid #000091\"></i>page où commence une section</span></p>\n");
    }

    private static void sections(StringBuilder h, ReportAnalysis a, Map<Integer, PagePicture> pictures) {
        h.append("<h2>Sections trouvées</h2>\n");
        if (!a.textLayer()) {
            h.append("<p>Les pages n'ont (presque) pas de texte : le rapport semble numérisé, ses sections ne peuvent pas ")
                    .append("être recherchées. Enregistrez-le en PDF depuis votre traitement de texte.</p>\n");
            return;
        }
        if (a.sections().isEmpty()) {
            h.append("<p>Aucune section reconnue.</p>\n");
        }
        java.util.Set<Integer> anchored = new java.util.HashSet<>();
        for (ReportSection s : a.sections()) {
            h.append("<section class=\"trouvee\"").append(anchored.add(s.pageDebut()) ? " id=\"page-" + s.pageDebut() + "\"" : "")
                    .append(">");
            PagePicture picture = pictures.get(s.pageDebut());
            if (picture != null) {
                h.append("<div class=\"page pg").append(picture.page()).append("\" style=\"aspect-ratio:")
                        .append(picture.width()).append('/').append(picture.height()).append("\" role=\"img\" aria-label=\"page ")
                        .append(picture.page()).append("\">");
                picture.boxes().stream().filter(b -> b.title().equals(s.titre())).findFirst().ifPresent(b -> h
                        .append("<div class=\"cadre\" style=\"left:").append(percent(b.left())).append(";top:")
                        .append(percent(b.top())).append(";width:").append(percent(b.width())).append(";height:")
                        .append(percent(b.height())).append("\"></div>"));
                h.append("</div>");
            }
            h.append("<div><b>").append(HtmlText.esc(capitalised(s.type().libelle()))).append("</b><br>« ").append(HtmlText.esc(s.titre())).append(" »<br>")
                    .append(s.pageDebut() == s.pageFin() ? "page " + s.pageDebut() : "pages " + s.pageDebut() + " à " + s.pageFin())
                    .append(" (").append(FrenchText.count(s.pages(), "page")).append(")")
                    .append(picture != null && picture.boxes().stream().noneMatch(b -> b.title().equals(s.titre()))
                            ? "<br><span class=\"small\">titre non encadré : sa place sur la page n'a pas été retrouvée</span>" : "")
                    .append("</div></section>\n");
        }
    }

    private static void findings(StringBuilder h, List<Finding> findings, SessionParameters session) {
        h.append("<h2>Constats : ce qu'il faut faire</h2>\n");
        if (findings.isEmpty()) {
            h.append("<p>Rien à corriger ni à vérifier sur les points contrôlés.</p>\n");
        }
        for (Finding f : findings) {
            String asked = ReportAdvice.asked(f.regle(), session);
            h.append("<div class=\"constat ").append(f.gravite().name()).append("\"><span class=\"badge ")
                    .append(f.gravite().name()).append("\">").append(CheckReportRenderer.gravite(f.gravite())).append("</span> ")
                    .append(HtmlText.esc(f.message())).append("<br><span class=\"small\">trouvé : ").append(HtmlText.esc(f.preuve()))
                    .append("</span>").append(asked.isEmpty() ? "" : "<br><b>À faire :</b> " + HtmlText.esc(asked))
                    .append("<br><span class=\"small\">").append(HtmlText.esc(ReportAdvice.clause(f.clause())))
                    .append(" — référence ").append(HtmlText.esc(f.regle())).append("</span></div>\n");
        }
    }

    private static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.2f%%", fraction * 100);
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }
}
