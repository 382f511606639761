package fr.jurye61.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Change;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.Conformite;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.FileReconciliation;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.Recevabilite;
import fr.jurye61.domain.Rejection;
import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.RetainedDocument;
import fr.jurye61.domain.RunRecord;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.StepRecord;
import fr.jurye61.domain.Voie;
import fr.jurye61.reports.html.AuditHtmlRenderer;
import fr.jurye61.reports.html.AuditModel;
import fr.jurye61.rules.Fixtures;
import java.time.LocalDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** rapport-audit.html against its golden file (times masked), self-contained, escaped. */
class AuditHtmlRendererTest {
    static AuditModel model() {
        LocalDateTime start = LocalDateTime.of(2027, 5, 20, 2, 30, 0);
        Candidate p01 = new Candidate("P01", "Martin", "Lucas", null, Voie.SCOLAIRE, null, null, false, false, null, null,
                "C01", new SourceRef("inscriptions/a.csv", 2));
        Candidate p55 = new Candidate("P55", "<script>alert(1)</script>", "Zoé", null, Voie.SCOLAIRE, null, null, false,
                false, null, null, "C01", new SourceRef("inscriptions/a.csv", 3));
        Candidate p32 = new Candidate("P32", "Gauthier", "Mila", null, Voie.SCOLAIRE, null, null, false, false, null,
                null, "C01", new SourceRef("inscriptions/a.csv", 4));
        Candidate p03 = new Candidate("P03", "Bernard", "Inès", null, Voie.SCOLAIRE, null, null, false, false, null,
                null, "C01", new SourceRef("inscriptions/a.csv", 5));
        return new AuditModel(Fixtures.session(), 7, start, start.plusMinutes(3),
                List.of(new StepRecord(9, "evaluation", "COMPLETED", start, start.plusMinutes(2), 2, 2, 0, 0, 1, 0),
                        new StepRecord(9, "audit", "STARTED", start.plusMinutes(2), null, 0, 0, 0, 0, 0, 0)),
                List.of(new FileReconciliation("inscriptions/a.csv", 3, 2, 1)),
                List.of(new Commission("C01", "Commission 1 — Lyon", null, "Lyon", new SourceRef("commissions.csv", 2))),
                List.of(p01, p03, p32, p55),
                Map.of("P32", new Outcome(Recevabilite.RECEVABLE, Conformite.CONFORME, Decision.INTERROGE, List.of()),
                        "P01", new Outcome(Recevabilite.RECEVABLE, Conformite.CONFORME, Decision.INTERROGE, List.of()),
                        "P03", new Outcome(Recevabilite.IRRECEVABLE, Conformite.CONFORME, Decision.NON_ADMIS,
                                List.of("STAGE-DUREE-INSUFFISANTE")),
                        "P55", new Outcome(Recevabilite.RECEVABLE, Conformite.A_VERIFIER, Decision.EN_ATTENTE,
                                List.of("RAPPORT-VISA-ABSENT"))),
                fr.jurye61.reports.SarifRendererTest.findings(),
                List.of(Rejection.ofRow("inscriptions/a.csv", 4, RejectionCode.IDENTIFIANT_INVALIDE, "« ../x » refusé")),
                List.of(new Notice("decisions/d.csv", 3, "DECISION_SANS_CONSTAT", "sans effet")),
                List.of(new Change("P55", Decision.INTERROGE, Decision.EN_ATTENTE, List.of("RAPPORT-VISA-ABSENT"), List.of())),
                6L, List.of(new RunRecord(8, 6, start.minusDays(1), start.minusDays(1).plusMinutes(4), "COMPLETED",
                        "/srv/in", "/srv/out"), new RunRecord(9, 7, start, null, "STARTED", "/srv/in", "/srv/out")),
                "0.1.0", "3f2a9c0d5e6b7a8190f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b", 12,
                Map.of("P01", List.of(new RetainedDocument("P01", RetainedDocument.Role.RAPPORT, "P01.pdf", "a".repeat(64),
                        FileState.LISIBLE), new RetainedDocument("P01", RetainedDocument.Role.GRILLE, "P01-grille.pdf",
                        "b".repeat(64), FileState.LISIBLE))));
    }

    @Test
    void matchesTheGoldenFileWithTimesMasked() throws Exception {
        String html = AuditHtmlRenderer.render(model());
        List<String> actual = Arrays.stream(html.split("\n"))
                .map(l -> l.replaceAll("\\d{2}/\\d{2}/\\d{4} \\d{2}:\\d{2}:\\d{2}", "JJ/MM/AAAA HH:MM:SS")).toList();
        assertLinesMatch(Golden.lines("html/rapport-audit.html", actual), actual);
    }

    @Test
    void isSelfContainedFrenchAndEscaped() {
        String html = AuditHtmlRenderer.render(model());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<html lang=\"fr\">", "<style>", "<svg");
        assertThat(html).doesNotContain("<link", "src=\"http", "href=\"http", "@import", "<script src");
        // one inline script (the rulings form), which makes no request: nothing leaves the page
        assertThat(html.split("<script>", -1)).hasSize(2);
        assertThat(html).doesNotContain("fetch(", "XMLHttpRequest", "WebSocket", "sendBeacon", "https://");
        assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;");
        assertThat(html).contains("Rapprochement des entrées", "Décisions par commission", "Constats par règle",
                "Lignes rejetées", "Changements depuis la nuit précédente", "Historique des exécutions",
                "Visa reçu par courrier", "Service des examens", "Comparaison avec l'exécution n° 6");
    }

    @Test
    void speaksToTheAuditorInFrenchWithTheRunShownFinishedAndWhatToTreatFirst() {
        String html = AuditHtmlRenderer.render(model());
        // no job-repository words: French step names and statuses
        assertThat(html).doesNotContain("Validations", "Annulations", "COMPLETED", "STARTED", ">evaluation<",
                "Spring Batch");
        assertThat(html).contains("Évaluation des candidats", "terminée (ce rapport)", "statut : terminée",
                "Outil : jury-e61 0.1.0", "3f2a9c0d5e6b7a8190f1e2d3c4b5a69788796a5b4c3d2e1f0a9b8c7d6e5f4a3b");
        // « à traiter » comes before the full list and names only the candidates with an open finding
        int toTreat = html.indexOf("<h2 id=\"a-traiter\">");
        int all = html.indexOf("<h2 id=\"candidats\">");
        assertThat(toTreat).isPositive().isLessThan(all);
        String section = html.substring(toTreat, html.indexOf("<h2", toTreat + 10));
        assertThat(section).contains("À traiter (1)", "P03", "STAGE-DUREE-INSUFFISANTE", "BLOQUANT")
                .doesNotContain("P01", "P32", "P55");
        // charts with their numbers, an axis and a legend in words; candidate numbers never wrap
        assertThat(html).contains("nombre de candidats", "nombre de constats", "interrogés (INTERROGE)",
                "ouverts ou confirmés", "levés par le service", "text-anchor=\"middle\">2</text>");
        assertThat(html).contains("td.num,th.num{white-space:nowrap}", "<td class=\"num\">P01</td>");
        // the documents each candidate's evaluation retained, as the pack was built from them
        assertThat(html).contains("Documents retenus : rapport rapports/P01.pdf (lisible) ; grille grilles/P01-grille.pdf (lisible)");
    }
}
