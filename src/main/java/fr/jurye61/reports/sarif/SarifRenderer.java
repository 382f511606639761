package fr.jurye61.reports.sarif;

import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Gravite;
import fr.jurye61.domain.RuleDefinition;
import fr.jurye61.domain.Statut;
import fr.jurye61.reports.AtomicOutput;
import fr.jurye61.rules.RuleCatalogue;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.json.JsonMapper;

/**
 * constats.sarif (SARIF 2.1.0, output.md): the rule catalogue in {@code tool.driver.rules}, one
 * result per finding with its level, message, location (input file and CSV line) and, for a
 * finding lifted by a ruling, an accepted external suppression carrying the justification.
 */
public final class SarifRenderer {
    private static final String SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

    private SarifRenderer() {
    }

    public static void write(Path output, List<Finding> findings, String version) throws IOException {
        String json = JsonMapper.builder().build().writerWithDefaultPrettyPrinter()
                .writeValueAsString(sarif(findings, version));
        AtomicOutput.write(output.resolve(fr.jurye61.reports.OutputLayout.CONSTATS_SARIF), out -> out.write((json + "\n").getBytes(StandardCharsets.UTF_8)));
    }

    static Map<String, Object> sarif(List<Finding> findings, String version) {
        List<Map<String, Object>> rules = new ArrayList<>();
        Map<String, Integer> index = new HashMap<>();
        for (RuleDefinition r : RuleCatalogue.all()) {
            index.put(r.id(), rules.size());
            rules.add(map("id", r.id(),
                    "name", r.id(),
                    "shortDescription", map("text", r.message()),
                    "fullDescription", map("text", r.description()),
                    "help", map("text", r.description() + " (annexe IV B, " + r.clause() + ")"),
                    "defaultConfiguration", map("level", level(r.gravite())),
                    "properties", map("gravite", r.gravite().name(), "clause", r.clause(),
                            "famille", r.famille().name())));
        }
        List<Map<String, Object>> results = new ArrayList<>();
        for (Finding f : findings.stream().sorted(Finding.ORDER).toList()) {
            Map<String, Object> result = map("ruleId", f.regle(),
                    "ruleIndex", index.get(f.regle()),
                    "level", level(f.gravite()),
                    "message", map("text", f.message() + " Preuve : " + f.preuve()),
                    "locations", List.of(location(f)),
                    "partialFingerprints", map("candidatRegle/v1", f.numero() + "/" + f.regle() + "/" + f.preuve()),
                    "properties", map("numero_candidat", f.numero(), "gravite", f.gravite().name(),
                            "clause", f.clause(), "preuve", f.preuve(), "statut", f.statut().name().toLowerCase(java.util.Locale.ROOT)));
            if (f.statut() == Statut.LEVE) {
                result.put("suppressions", List.of(map("kind", "external", "status", "accepted",
                        "justification", f.justification() + " (" + f.auteurDecision() + ")")));
            }
            results.add(result);
        }
        Map<String, Object> driver = map("name", "jury-e61", "version", version,
                "informationUri", "https://www.education.gouv.fr/",
                "fullName", "jury-e61 — commissions de la sous-épreuve E6.1, BTS Métiers de la Mesure",
                "rules", rules);
        Map<String, Object> run = map("tool", map("driver", driver), "language", "fr-FR",
                "columnKind", "unicodeCodePoints", "results", results);
        return map("$schema", SCHEMA, "version", "2.1.0", "runs", List.of(run));
    }

    private static Map<String, Object> location(Finding f) {
        String uri = f.source() == null ? "inscriptions" : f.source().fichier();
        Map<String, Object> physical = map("artifactLocation", map("uri", uri, "uriBaseId", "ENTREE"));
        if (f.source() != null && f.source().ligne() > 0) {
            physical.put("region", map("startLine", f.source().ligne()));
        }
        return map("physicalLocation", physical,
                "logicalLocations", List.of(map("name", f.numero(), "kind", "candidat")));
    }

    static String level(Gravite gravite) {
        return switch (gravite) {
            case BLOQUANT -> "error";
            case A_VERIFIER -> "warning";
            case INFO -> "note";
        };
    }

    private static Map<String, Object> map(Object... keyValues) {
        Map<String, Object> map = new LinkedHashMap<>();
        for (int i = 0; i < keyValues.length; i += 2) {
            map.put((String) keyValues[i], keyValues[i + 1]);
        }
        return map;
    }
}
