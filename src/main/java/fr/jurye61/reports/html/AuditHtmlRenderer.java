package fr.jurye61.reports.html;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Change;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.EnumText;
import fr.jurye61.domain.FileReconciliation;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.InputLayout;
import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.Rejection;
import fr.jurye61.domain.RetainedDocument;
import fr.jurye61.domain.RuleDefinition;
import fr.jurye61.domain.RunRecord;
import fr.jurye61.domain.Statut;
import fr.jurye61.domain.StepRecord;
import fr.jurye61.reports.AtomicOutput;
import fr.jurye61.reports.FrenchText;
import fr.jurye61.rules.RuleCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * rapport-audit.html: one self-contained page (inline CSS and SVG, no request to any server), in
 * French, for the exam service every morning and the auditor at the end of the session.
 */
public final class AuditHtmlRenderer {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss", Locale.FRANCE);
    /** Four hues far apart (green, blue, orange, red), told apart without relying on one of them. */
    private static final Map<Decision, String> COLOURS = new EnumMap<>(Map.of(Decision.INTERROGE, "#2e7d32",
            Decision.EN_ATTENTE, "#1565c0", Decision.NON_VALIDE, "#ef6c00", Decision.NON_ADMIS, "#c62828"));
    private static final String CSS = """
            body{font-family:system-ui,-apple-system,"Segoe UI",Roboto,Arial,sans-serif;margin:2rem;color:#1b1b1b;max-width:1200px}
            h1{font-size:1.6rem;margin-bottom:.2rem}h2{font-size:1.2rem;margin-top:2rem;border-bottom:2px solid #000091;padding-bottom:.2rem}
            table{border-collapse:collapse;width:100%;font-size:.85rem;margin:.5rem 0}
            th,td{border:1px solid #ccc;padding:.25rem .4rem;text-align:left;vertical-align:top}
            th{background:#eef}td.n{text-align:right}.ok{color:#2e7d32}.ko{color:#c62828;font-weight:bold}
            .badge{display:inline-block;padding:0 .4rem;border-radius:.3rem;color:#fff;font-size:.8rem}
            .BLOQUANT{background:#c62828}.A_VERIFIER{background:#ef6c00}.INFO{background:#607d8b}
            .leve{text-decoration:line-through;color:#666}.small{font-size:.8rem;color:#555}
            nav a{margin-right:1rem}.cards{display:flex;gap:1rem;flex-wrap:wrap}.card{border:1px solid #ccc;border-radius:.4rem;padding:.5rem 1rem}
            .card b{font-size:1.4rem;display:block}td.num,th.num{white-space:nowrap}code{font-size:.85rem}
            .decider{border:1px dashed #99a;margin:.25rem 0 .5rem;padding:.2rem .4rem;display:flex;flex-wrap:wrap;gap:.4rem;align-items:center}
            .decider input[type=text]{font:inherit;padding:.1rem .3rem}.decider .justification{flex:1;min-width:14rem}
            #decisions-panneau{position:sticky;bottom:0;background:#f5f5fe;border:1px solid #000091;padding:.5rem;margin-top:.5rem}
            #decisions-panneau button{font:inherit;padding:.2rem .8rem;margin-right:.5rem}#decisions-etat.ko{color:#c62828}
            """;
    /**
     * The rulings form of « À traiter »: what the clerk enters is kept in the browser (local
     * storage, by session), and saved as a file in the format of input/decisions/*.csv (UTF-8 with
     * BOM, « ; », one ruling per candidate and rule) for the next night to read. No request leaves
     * the page.
     */
    private static final String RULINGS_SCRIPT = """
            (function () {
              var panel = document.getElementById('decisions-panneau');
              if (!panel) { return; }
              var key = 'jury-e61/decisions/' + panel.getAttribute('data-session');
              var status = document.getElementById('decisions-etat');
              var forms = Array.prototype.slice.call(document.querySelectorAll('.decider'));
              function stored() { try { return JSON.parse(window.localStorage.getItem(key) || '{}'); } catch (e) { return {}; } }
              function store(all) { try { window.localStorage.setItem(key, JSON.stringify(all)); } catch (e) { } }
              function id(f) { return f.getAttribute('data-numero') + '|' + f.getAttribute('data-regle'); }
              function read(f) {
                var chosen = f.querySelector('input[type=radio]:checked');
                return { decision: chosen ? chosen.value : '', auteur: f.querySelector('.auteur').value,
                         justification: f.querySelector('.justification').value };
              }
              // the browser may restore its own (older) form state after this script: what was stored wins
              function restore() {
                var all = stored();
                forms.forEach(function (f) {
                  var v = all[id(f)];
                  if (v) {
                    f.querySelectorAll('input[type=radio]').forEach(function (r) { r.checked = r.value === v.decision; });
                    f.querySelector('.auteur').value = v.auteur || '';
                    f.querySelector('.justification').value = v.justification || '';
                  }
                });
                count();
              }
              function keepAll() {
                var now = stored();
                forms.forEach(function (f) { var v = read(f); if (v.decision || v.auteur || v.justification) { now[id(f)] = v; } });
                store(now);
              }
              forms.forEach(function (f) {
                var keep = function () { var now = stored(); now[id(f)] = read(f); store(now); count(); };
                f.addEventListener('input', keep);
                f.addEventListener('change', keep);
              });
              window.addEventListener('pagehide', keepAll);
              window.addEventListener('pageshow', restore);
              function chosen() { return forms.filter(function (f) { return read(f).decision !== ''; }); }
              function count() {
                var n = chosen().length;
                status.className = '';
                status.textContent = n === 0 ? 'Aucune décision saisie.' : n + (n === 1 ? ' décision saisie.' : ' décisions saisies.');
              }
              function cell(text) {
                var v = String(text).replace(/[\\r\\n]+/g, ' ').trim();
                if (/^[=+\\-@\\t]/.test(v)) { v = "'" + v; }
                return /[;"]/.test(v) ? '"' + v.replace(/"/g, '""') + '"' : v;
              }
              function two(n) { return (n < 10 ? '0' : '') + n; }
              document.getElementById('decisions-enregistrer').addEventListener('click', function () {
                var rows = chosen();
                var incomplete = rows.filter(function (f) { var v = read(f); return v.auteur.trim() === '' || v.justification.trim() === ''; });
                if (rows.length === 0 || incomplete.length > 0) {
                  status.className = 'ko';
                  status.textContent = rows.length === 0 ? 'Aucune décision à enregistrer : choisissez « lever » ou « confirmer ».'
                      : 'Auteur et justification sont obligatoires : ' + incomplete.map(function (f) {
                          return f.getAttribute('data-numero') + ' ' + f.getAttribute('data-regle'); }).join(', ') + '.';
                  (incomplete[0] || forms[0]).scrollIntoView();
                  return;
                }
                var d = new Date();
                var day = d.getFullYear() + '-' + two(d.getMonth() + 1) + '-' + two(d.getDate());
                var lines = ['numero_candidat;regle;decision;auteur;justification;date'];
                rows.forEach(function (f) {
                  var v = read(f);
                  lines.push([f.getAttribute('data-numero'), f.getAttribute('data-regle'), v.decision, v.auteur, v.justification, day]
                      .map(cell).join(';'));
                });
                var blob = new Blob(['\\ufeff' + lines.join('\\r\\n') + '\\r\\n'], { type: 'text/csv;charset=utf-8' });
                var a = document.createElement('a');
                a.href = URL.createObjectURL(blob);
                a.download = 'decisions-' + day + '-' + two(d.getHours()) + two(d.getMinutes()) + two(d.getSeconds()) + '.csv';
                document.body.appendChild(a);
                a.click();
                setTimeout(function () { URL.revokeObjectURL(a.href); a.remove(); }, 1000);
                status.className = '';
                status.textContent = rows.length + (rows.length === 1 ? ' décision enregistrée' : ' décisions enregistrées')
                    + ' dans ' + a.download + ' : déposez ce fichier dans input/decisions/ pour la prochaine nuit.';
              });
              document.getElementById('decisions-effacer').addEventListener('click', function () {
                store({});
                forms.forEach(function (f) {
                  f.querySelectorAll('input').forEach(function (i) { if (i.type === 'radio') { i.checked = false; } else { i.value = ''; } });
                });
                count();
              });
              restore();
            })();
            """;

    private AuditHtmlRenderer() {
    }

    public static void write(Path output, AuditModel model) throws IOException {
        String html = render(model);
        AtomicOutput.write(output.resolve(fr.jurye61.reports.OutputLayout.AUDIT_REPORT), out -> out.write(html.getBytes(StandardCharsets.UTF_8)));
    }

    public static String render(AuditModel m) {
        StringBuilder h = new StringBuilder();
        h.append("<!DOCTYPE html>\n<html lang=\"fr\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>Rapport d'audit — ").append(esc(m.session().libelle())).append("</title><style>")
                .append(CSS).append("</style></head><body>\n");
        h.append("<h1>Rapport d'audit — sous-épreuve E6.1</h1><p>").append(esc(m.session().libelle()))
                .append("</p>\n<nav><a href=\"#execution\">Exécution</a><a href=\"#a-traiter\">À traiter</a>")
                .append("<a href=\"#entrees\">Entrées</a>")
                .append("<a href=\"#commissions\">Commissions</a><a href=\"#regles\">Règles</a>")
                .append("<a href=\"#candidats\">Candidats</a><a href=\"#rejets\">Rejets</a>")
                .append("<a href=\"#changements\">Changements</a><a href=\"#historique\">Historique</a></nav>\n");
        summary(h, m);
        toTreat(h, m);
        steps(h, m);
        inputs(h, m);
        commissions(h, m);
        rules(h, m);
        candidates(h, m);
        rejections(h, m);
        changes(h, m);
        history(h, m);
        h.append("<p class=\"small\">Produit par jury-e61. Chaque constat renvoie à une règle du catalogue, à une clause de "
                + "l'annexe IV B et à sa preuve ; les décisions du service des examens sont indiquées avec leur auteur.</p>");
        h.append("</body></html>\n");
        return h.toString();
    }

    private static void summary(StringBuilder h, AuditModel m) {
        h.append("<h2 id=\"execution\">Exécution n° ").append(m.runId()).append("</h2>\n<p>Début : ")
                .append(time(m.start())).append(" — fin : ").append(time(m.end())).append(" — durée : ")
                .append(duration(m.start(), m.end())).append(" — statut : terminée</p>\n<p class=\"small\">Outil : jury-e61 ")
                .append(esc(m.version())).append(" — empreinte des entrées (SHA-256 des ").append(m.inputFiles())
                .append(" fichiers lus, chemin et contenu) : <code title=\"").append(esc(m.inputFingerprint()))
                .append("\">").append(esc(m.inputFingerprint())).append("</code></p>\n<div class=\"cards\">");
        card(h, "candidats", m.candidates().size());
        for (Decision d : Decision.values()) {
            card(h, FrenchText.plural(d) + " (" + d.name() + ")", m.outcomes().values().stream().filter(o -> o.decision() == d)
                    .count());
        }
        card(h, "constats ouverts", m.findings().stream().filter(Finding::isOpenIssue).count());
        card(h, "lignes rejetées", m.rejections().size());
        h.append("</div>\n");
    }

    private static void card(StringBuilder h, String label, long value) {
        h.append("<div class=\"card\"><b>").append(value).append("</b>").append(esc(label)).append("</div>");
    }

    /** First, what the service has to look at: every candidate with an open finding, most serious decision first. */
    private static void toTreat(StringBuilder h, AuditModel m) {
        Map<String, List<Finding>> open = new LinkedHashMap<>();
        m.findings().stream().filter(Finding::isOpenIssue)
                .forEach(f -> open.computeIfAbsent(f.numero(), k -> new java.util.ArrayList<>()).add(f));
        List<Candidate> listed = m.candidates().stream().filter(c -> open.containsKey(c.numero()))
                .sorted(java.util.Comparator.comparing((Candidate c) -> m.outcomes().containsKey(c.numero())
                        ? m.outcomes().get(c.numero()).decision().ordinal() : Decision.values().length)
                        .thenComparing(Candidate::numero))
                .toList();
        h.append("<h2 id=\"a-traiter\">À traiter (").append(listed.size()).append(")</h2>\n");
        if (listed.isEmpty()) {
            h.append("<p>Aucun candidat n'a de constat ouvert.</p>\n");
            return;
        }
        h.append("<p>Les candidats dont un constat demande une décision du service des examens ou une régularisation ; ")
                .append("le détail de chacun est dans la liste complète des candidats.</p>")
                .append("<table><tr><th class=\"num\">Numéro</th><th>Nom</th><th>Commission</th><th>Décision</th>")
                .append("<th>Constats ouverts</th></tr>\n");
        for (Candidate c : listed) {
            Outcome o = m.outcomes().get(c.numero());
            h.append("<tr><td class=\"num\"><a href=\"#c-").append(esc(c.numero())).append("\">").append(esc(c.numero()))
                    .append("</a></td><td>").append(esc(c.nom() + " " + c.prenom())).append("</td><td>")
                    .append(esc(c.commission())).append("</td><td>")
                    .append(o == null ? "non évalué" : "<span class=\"badge\" style=\"background:"
                            + COLOURS.get(o.decision()) + "\">" + o.decision() + "</span>")
                    .append("</td><td>");
            java.util.Set<String> ruled = new java.util.HashSet<>();
            for (Finding f : open.get(c.numero())) {
                h.append("<div><span class=\"badge ").append(f.gravite().name()).append("\">").append(f.gravite().name())
                        .append("</span> <b>").append(f.regle()).append("</b> ").append(esc(f.message()));
                if (f.statut() == fr.jurye61.domain.Statut.CONFIRME) {
                    h.append(" <span class=\"small\">(confirmé par ").append(esc(f.auteurDecision())).append(")</span>");
                }
                h.append("</div>");
                if (ruled.add(f.regle())) { // a ruling is per candidate and rule (input.md)
                    rulingForm(h, c.numero(), f.regle());
                }
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n<div id=\"decisions-panneau\" data-session=\"").append(esc(m.session().session()))
                .append("\"><button type=\"button\" id=\"decisions-enregistrer\">Enregistrer les décisions (CSV)</button>")
                .append("<button type=\"button\" id=\"decisions-effacer\">Effacer les saisies</button>")
                .append("<span id=\"decisions-etat\" role=\"status\">Aucune décision saisie.</span>")
                .append("<div class=\"small\">Le fichier enregistré (decisions-AAAA-MM-JJ-HHMMSS.csv, au format de ")
                .append("input/decisions/) est à déposer dans input/decisions/ : la nuit suivante lève ou confirme ces ")
                .append("constats. Les saisies restent dans ce navigateur tant qu'elles ne sont pas effacées ; rien n'est ")
                .append("envoyé sur le réseau.</div></div>\n<script>").append(RULINGS_SCRIPT).append("</script>\n");
    }

    /** « lever » / « confirmer », author and justification for one candidate's rule. */
    private static void rulingForm(StringBuilder h, String numero, String regle) {
        String name = "d-" + numero + "-" + regle;
        h.append("<div class=\"decider\" data-numero=\"").append(esc(numero)).append("\" data-regle=\"").append(esc(regle))
                .append("\"><label><input type=\"radio\" name=\"").append(esc(name)).append("\" value=\"leve\" autocomplete=\"off\"> lever</label>")
                .append("<label><input type=\"radio\" name=\"").append(esc(name))
                .append("\" value=\"confirme\" autocomplete=\"off\"> confirmer</label>")
                .append("<input type=\"text\" class=\"auteur\" autocomplete=\"off\" aria-label=\"auteur de la décision\" placeholder=\"auteur\">")
                .append("<input type=\"text\" class=\"justification\" autocomplete=\"off\" aria-label=\"justification\" placeholder=\"justification\">")
                .append("</div>");
    }

    /** The job repository's record of this run's steps, in the clerk's words. */
    private static void steps(StringBuilder h, AuditModel m) {
        h.append("<h3>Étapes de la nuit</h3><table><tr><th>Exécution</th><th>Étape</th><th>Statut</th>")
                .append("<th>Lus</th><th>Écrits</th><th>Écartés</th><th>Rejetés</th><th>Durée</th></tr>\n");
        for (StepRecord s : m.steps()) {
            // the step writing this report is still running as it writes it; the report exists only if it ends
            boolean thisReport = s.end() == null && "audit".equals(s.step());
            h.append("<tr><td class=\"n\">").append(s.executionId()).append("</td><td>")
                    .append(esc(fr.jurye61.reports.StepLabels.name(s.step()))).append("</td><td>")
                    .append(thisReport ? "terminée (ce rapport)" : esc(fr.jurye61.reports.StepLabels.status(s.status())))
                    .append("</td>");
            for (long n : new long[] {s.read(), s.written(), s.filtered(), s.skipped()}) {
                h.append("<td class=\"n\">").append(n).append("</td>");
            }
            h.append("<td>").append(duration(s.start(), thisReport ? m.end() : s.end())).append("</td></tr>\n");
        }
        h.append("</table>\n<p class=\"small\">Lus : éléments lus par l'étape ; écrits : éléments enregistrés ; ")
                .append("écartés : éléments lus sans rien à enregistrer ; rejetés : éléments en erreur mis de côté.</p>\n");
    }

    private static void inputs(StringBuilder h, AuditModel m) {
        h.append("<h2 id=\"entrees\">Rapprochement des entrées</h2><p>Pour chaque fichier : lignes lues = acceptées + "
                + "rejetées.</p><table><tr><th>Fichier</th><th>Lues</th><th>Acceptées</th><th>Rejetées</th><th></th></tr>\n");
        for (FileReconciliation f : m.files()) {
            boolean ok = f.lues() == f.acceptees() + f.rejetees();
            h.append("<tr><td>").append(esc(f.fichier())).append("</td><td class=\"n\">").append(f.lues())
                    .append("</td><td class=\"n\">").append(f.acceptees()).append("</td><td class=\"n\">")
                    .append(f.rejetees()).append("</td><td class=\"").append(ok ? "ok\">✔" : "ko\">écart")
                    .append("</td></tr>\n");
        }
        h.append("</table>\n");
        if (!m.notices().isEmpty()) {
            h.append("<h3>Avis sur les fichiers (sans rejet)</h3><table><tr><th>Fichier</th><th>Ligne</th><th>Code</th>")
                    .append("<th>Message</th></tr>\n");
            for (Notice n : m.notices()) {
                h.append("<tr><td>").append(esc(n.fichier())).append("</td><td class=\"n\">")
                        .append(n.ligne() == null ? "" : n.ligne()).append("</td><td>").append(esc(n.code()))
                        .append("</td><td>").append(esc(n.message())).append("</td></tr>\n");
            }
            h.append("</table>\n");
        }
    }

    private static void commissions(StringBuilder h, AuditModel m) {
        Map<String, Map<Decision, Integer>> counts = new LinkedHashMap<>();
        m.commissions().forEach(c -> counts.put(c.code(), new EnumMap<>(Decision.class)));
        for (Candidate c : m.candidates()) {
            Outcome o = m.outcomes().get(c.numero());
            if (o != null) {
                counts.computeIfAbsent(c.commission(), k -> new EnumMap<>(Decision.class)).merge(o.decision(), 1, Integer::sum);
            }
        }
        h.append("<h2 id=\"commissions\">Décisions par commission</h2>\n");
        int max = counts.values().stream().mapToInt(d -> d.values().stream().mapToInt(Integer::intValue).sum())
                .max().orElse(1);
        int rowHeight = 26;
        int left = 90;
        int width = 600;
        int axisY = 10 + counts.size() * rowHeight;
        h.append("<svg role=\"img\" aria-label=\"Décisions par commission\" width=\"900\" height=\"")
                .append(axisY + 64).append("\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"12\">");
        int y = 10;
        for (Map.Entry<String, Map<Decision, Integer>> entry : counts.entrySet()) {
            h.append("<text x=\"0\" y=\"").append(y + 15).append("\">").append(esc(entry.getKey())).append("</text>");
            double x = left;
            int total = 0;
            for (Decision d : Decision.values()) {
                int n = entry.getValue().getOrDefault(d, 0);
                double w = width * (double) n / Math.max(1, max);
                if (n > 0) {
                    h.append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"20\" fill=\"%s\">"
                            + "<title>%s : %d</title></rect>", x, y, w, COLOURS.get(d), d.name(), n));
                    if (w >= 18) { // the count inside its segment when it fits
                        h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\" fill=\"#fff\" "
                                + "text-anchor=\"middle\">%d</text>", x + w / 2, y + 14, n));
                    }
                }
                x += w;
                total += n;
            }
            h.append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%d</text>", x + 6, y + 15, total));
            y += rowHeight;
        }
        axis(h, left, width, axisY, max, "candidats");
        int lx = left;
        for (Decision d : Decision.values()) {
            h.append("<rect x=\"").append(lx).append("\" y=\"").append(axisY + 40).append("\" width=\"12\" height=\"12\" fill=\"")
                    .append(COLOURS.get(d)).append("\"/><text x=\"").append(lx + 16).append("\" y=\"").append(axisY + 51)
                    .append("\">").append(FrenchText.plural(d)).append(" (").append(d.name()).append(")</text>");
            lx += 200; // wide enough for « non validés (NON_VALIDE) » at 12 px
        }
        h.append("</svg>\n<table><tr><th>Commission</th><th>Libellé</th>");
        for (Decision d : Decision.values()) {
            h.append("<th>").append(d.name()).append("</th>");
        }
        h.append("</tr>\n");
        for (Map.Entry<String, Map<Decision, Integer>> entry : counts.entrySet()) {
            String libelle = m.commissions().stream().filter(c -> c.code().equals(entry.getKey())).map(Commission::libelle)
                    .findFirst().orElse("commission inconnue");
            h.append("<tr><td>").append(esc(entry.getKey())).append("</td><td>").append(esc(libelle)).append("</td>");
            for (Decision d : Decision.values()) {
                h.append("<td class=\"n\">").append(entry.getValue().getOrDefault(d, 0)).append("</td>");
            }
            h.append("</tr>\n");
        }
        h.append("</table>\n");
    }

    private static void rules(StringBuilder h, AuditModel m) {
        h.append("<h2 id=\"regles\">Constats par règle</h2>\n");
        Map<String, int[]> counts = new LinkedHashMap<>();
        for (RuleDefinition r : RuleCatalogue.all()) {
            counts.put(r.id(), new int[2]);
        }
        for (Finding f : m.findings()) {
            counts.get(f.regle())[f.statut() == Statut.LEVE ? 1 : 0]++;
        }
        List<Map.Entry<String, int[]>> fired = counts.entrySet().stream().filter(e -> e.getValue()[0] + e.getValue()[1] > 0)
                .toList();
        int max = fired.stream().mapToInt(e -> e.getValue()[0] + e.getValue()[1]).max().orElse(1);
        int left = 300;
        int width = 380;
        int axisY = 4 + fired.size() * 22;
        h.append("<svg role=\"img\" aria-label=\"Constats par règle\" width=\"760\" height=\"").append(axisY + 60)
                .append("\" xmlns=\"http://www.w3.org/2000/svg\" font-size=\"11\">");
        int y = 4;
        for (Map.Entry<String, int[]> e : fired) {
            double open = width * (double) e.getValue()[0] / max;
            double lifted = width * (double) e.getValue()[1] / max;
            h.append("<text x=\"0\" y=\"").append(y + 13).append("\">").append(esc(e.getKey())).append("</text>")
                    .append(String.format(Locale.ROOT, "<rect x=\"%d\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#000091\">"
                            + "<title>ouverts ou confirmés : %d</title></rect>", left, y, open, e.getValue()[0]))
                    .append(String.format(Locale.ROOT, "<rect x=\"%.1f\" y=\"%d\" width=\"%.1f\" height=\"16\" fill=\"#9e9e9e\">"
                            + "<title>levés : %d</title></rect>", left + open, y, lifted, e.getValue()[1]))
                    .append(String.format(Locale.ROOT, "<text x=\"%.1f\" y=\"%d\">%d%s</text>", left + open + lifted + 6,
                            y + 13, e.getValue()[0], e.getValue()[1] > 0 ? " + " + e.getValue()[1] + " levé(s)" : ""));
            y += 22;
        }
        axis(h, left, width, axisY, max, "constats");
        h.append("<rect x=\"").append(left).append("\" y=\"").append(axisY + 38).append("\" width=\"12\" height=\"12\" ")
                .append("fill=\"#000091\"/><text x=\"").append(left + 16).append("\" y=\"").append(axisY + 49)
                .append("\">ouverts ou confirmés</text><rect x=\"").append(left + 180).append("\" y=\"").append(axisY + 38)
                .append("\" width=\"12\" height=\"12\" fill=\"#9e9e9e\"/><text x=\"").append(left + 196).append("\" y=\"")
                .append(axisY + 49).append("\">levés par le service</text>");
        h.append("</svg>\n<table><tr><th>Règle</th><th>Gravité</th><th>Clause</th><th>Description</th><th>Ouverts</th>")
                .append("<th>Levés</th></tr>\n");
        for (RuleDefinition r : RuleCatalogue.all()) {
            int[] c = counts.get(r.id());
            h.append("<tr><td>").append(r.id()).append("</td><td><span class=\"badge ").append(r.gravite().name())
                    .append("\">").append(r.gravite().name()).append("</span></td><td>").append(esc(r.clause()))
                    .append("</td><td>").append(esc(r.description())).append("</td><td class=\"n\">").append(c[0])
                    .append("</td><td class=\"n\">").append(c[1]).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void candidates(StringBuilder h, AuditModel m) {
        h.append("<h2 id=\"candidats\">Candidats</h2><table><tr><th class=\"num\">Numéro</th><th>Nom</th><th>Voie</th><th>Commission</th>")
                .append("<th>Recevabilité</th><th>Conformité</th><th>Décision</th><th>Constats (preuve, clause, décision du service)</th></tr>\n");
        for (Candidate c : m.candidates()) {
            Outcome o = m.outcomes().get(c.numero());
            h.append("<tr id=\"c-").append(esc(c.numero())).append("\"><td class=\"num\">").append(esc(c.numero()))
                    .append("</td><td>")
                    .append(esc(c.nom() + " " + c.prenom())).append("</td><td>").append(EnumText.code(c.voieEffective()))
                    .append("</td><td>").append(esc(c.commission())).append("</td>");
            if (o == null) {
                h.append("<td colspan=\"3\">non évalué</td>");
            } else {
                h.append("<td>").append(o.recevabilite()).append("</td><td>").append(o.conformite()).append("</td><td>")
                        .append("<span class=\"badge\" style=\"background:").append(COLOURS.get(o.decision())).append("\">")
                        .append(o.decision()).append("</span></td>");
            }
            h.append("<td>");
            for (Finding f : m.findings()) {
                if (!f.numero().equals(c.numero())) {
                    continue;
                }
                h.append("<div class=\"").append(f.statut() == Statut.LEVE ? "leve" : "").append("\"><span class=\"badge ")
                        .append(f.gravite().name()).append("\">").append(f.gravite().name()).append("</span> <b>")
                        .append(f.regle()).append("</b> (").append(esc(f.clause())).append(") ").append(esc(f.message()))
                        .append("<br><span class=\"small\">Preuve : ").append(esc(f.preuve())).append("</span>");
                if (f.statut() != Statut.OUVERT) {
                    h.append("<br><span class=\"small\">Décision du service : ").append(EnumText.code(f.statut()))
                            .append(" par ").append(esc(f.auteurDecision())).append(" — ").append(esc(f.justification()))
                            .append("</span>");
                }
                h.append("</div>");
            }
            // the documents the evaluation retained: what the commission receives when the candidate is interviewed
            List<RetainedDocument> retained = m.retained().getOrDefault(c.numero(), List.of());
            if (!retained.isEmpty()) {
                h.append("<div class=\"small\">Documents retenus : ").append(String.join(" ; ", retained.stream()
                        .map(d -> (d.role() == RetainedDocument.Role.RAPPORT ? "rapport " + InputLayout.report(d.fichier())
                                : "grille " + InputLayout.grid(d.fichier())) + " (" + d.etat().libelle() + ")")
                        .map(AuditHtmlRenderer::esc).toList())).append("</div>");
            }
            h.append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void rejections(StringBuilder h, AuditModel m) {
        h.append("<h2 id=\"rejets\">Lignes rejetées (").append(m.rejections().size()).append(")</h2><table><tr><th>Fichier</th>")
                .append("<th>Ligne</th><th>Code</th><th>Message</th></tr>\n");
        for (Rejection r : m.rejections()) {
            h.append("<tr><td>").append(esc(r.fichier())).append("</td><td class=\"n\">").append(r.ligne() == null ? "" : r.ligne())
                    .append("</td><td>").append(r.code()).append("</td><td>").append(esc(r.message())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void changes(StringBuilder h, AuditModel m) {
        h.append("<h2 id=\"changements\">Changements depuis la nuit précédente</h2><p>")
                .append(m.previousRun() == null ? "Première exécution : tous les candidats sont nouveaux."
                        : "Comparaison avec l'exécution n° " + m.previousRun() + ".")
                .append("</p><table><tr><th class=\"num\">Numéro</th><th>Décision avant</th><th>Décision après</th><th>Constats ajoutés</th>")
                .append("<th>Constats retirés</th></tr>\n");
        for (Change c : m.changes()) {
            h.append("<tr><td class=\"num\"><a href=\"#c-").append(esc(c.numero())).append("\">").append(esc(c.numero())).append("</a></td><td>")
                    .append(c.avant() == null ? "—" : c.avant()).append("</td><td>").append(c.apres() == null ? "—" : c.apres())
                    .append("</td><td>").append(String.join(", ", c.ajoutes())).append("</td><td>")
                    .append(String.join(", ", c.retires())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    private static void history(StringBuilder h, AuditModel m) {
        h.append("<h2 id=\"historique\">Historique des exécutions</h2><table><tr><th>Exécution</th><th>Nuit (instance)</th>")
                .append("<th>Début</th><th>Fin</th><th>Statut</th><th>Entrée</th><th>Sortie</th></tr>\n");
        for (RunRecord r : m.runs()) {
            h.append("<tr><td class=\"n\">").append(r.executionId() < 0 ? "—" : Long.toString(r.executionId()))
                    .append("</td><td class=\"n\">").append(r.runId())
                    .append("</td><td>").append(time(r.start())).append("</td><td>")
                    .append(thisRun(r, m) ? time(m.end()) : time(r.end())).append("</td><td>")
                    .append(thisRun(r, m) ? "terminée (ce rapport)" : esc(fr.jurye61.reports.StepLabels.status(r.status())))
                    .append("</td><td>").append(esc(r.input())).append("</td><td>")
                    .append(esc(r.output())).append("</td></tr>\n");
        }
        h.append("</table>\n");
    }

    /** The execution writing this report: still running as it writes, and the report exists only if it ends. */
    private static boolean thisRun(RunRecord r, AuditModel m) {
        return r.runId() == m.runId() && r.end() == null;
    }

    /** A horizontal axis under a bar chart: its line, ticks at 0, half and the maximum, and what it counts. */
    private static void axis(StringBuilder h, int left, int width, int y, int max, String unit) {
        h.append("<line x1=\"").append(left).append("\" y1=\"").append(y).append("\" x2=\"").append(left + width)
                .append("\" y2=\"").append(y).append("\" stroke=\"#555\"/>");
        java.util.SortedSet<Integer> ticks = new java.util.TreeSet<>(List.of(0, max / 2, Math.max(max, 1)));
        for (int t : ticks) {
            double x = left + width * (double) t / Math.max(1, max);
            h.append(String.format(Locale.ROOT, "<line x1=\"%.1f\" y1=\"%d\" x2=\"%.1f\" y2=\"%d\" stroke=\"#555\"/>"
                    + "<text x=\"%.1f\" y=\"%d\" text-anchor=\"middle\">%d</text>", x, y, x, y + 4, x, y + 16, t));
        }
        h.append("<text x=\"").append(left + width).append("\" y=\"").append(y + 30).append("\" text-anchor=\"end\">")
                .append("nombre de ").append(unit).append("</text>");
    }

    private static String time(LocalDateTime t) {
        return t == null ? "—" : TIME.format(t);
    }

    private static String duration(LocalDateTime start, LocalDateTime end) {
        if (start == null || end == null) {
            return "—";
        }
        Duration d = Duration.between(start, end);
        return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
    }

    static String esc(String text) {
        return fr.jurye61.reports.HtmlText.esc(text);
    }
}
