package fr.jurye61.reports;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertLinesMatch;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.reports.sarif.SarifRenderer;
import fr.jurye61.rules.RuleCatalogue;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/** constats.sarif: valid SARIF 2.1.0 (schema in src/test/resources/sarif), levels, suppressions, golden file. */
class SarifRendererTest {
    @TempDir
    Path out;

    static List<Finding> findings() {
        Finding blocking = RuleCatalogue.get("STAGE-DUREE-INSUFFISANTE").finding("P03", "50 jours ouvrés = 10,0 semaines",
                Map.of("duree", "10,0 semaines", "seuil", "12"), new SourceRef("pieces/pieces.csv", 4));
        Finding visa = RuleCatalogue.get("RAPPORT-VISA-ABSENT").finding("P32", "rapports/depots.csv ligne 33 : vise_structure = non",
                new SourceRef("rapports/depots.csv", 33)).ruled(new Ruling("P32", "RAPPORT-VISA-ABSENT",
                RulingDecision.LEVE, "Service des examens", "Visa reçu par courrier", null, new SourceRef("decisions/d.csv", 2)));
        Finding qsse = RuleCatalogue.get("RAPPORT-QSSE").finding("P33", "aucun titre", new SourceRef("rapports/depots.csv", 34))
                .ruled(new Ruling("P33", "RAPPORT-QSSE", RulingDecision.CONFIRME, "DEC", "Aucun exemple", null,
                        new SourceRef("decisions/d.csv", 3)));
        Finding info = RuleCatalogue.get("STAGE-DISPENSE").finding("P11", "dispense VAE-1", null);
        return List.of(visa, blocking, qsse, info);
    }

    @Test
    void isValidSarif210WithLevelsAndSuppressions() throws Exception {
        SarifRenderer.write(out, findings(), "test");
        String json = Files.readString(out.resolve("constats.sarif"));
        Schema schema;
        try (InputStream in = getClass().getResourceAsStream("/sarif/sarif-2.1.0-rtm.5.json")) {
            schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_4).getSchema(in);
        }
        List<Error> errors = schema.validate(json, InputFormat.JSON);
        assertThat(errors).isEmpty();
        // the schema does catch a broken log: a wrong level is refused
        assertThat(schema.validate(json.replaceFirst("\"level\" : \"error\"", "\"level\" : \"grave\""),
                InputFormat.JSON)).isNotEmpty();

        Map<?, ?> sarif = JsonMapper.builder().build().readValue(json, Map.class);
        Map<?, ?> run = (Map<?, ?>) ((List<?>) sarif.get("runs")).get(0);
        List<?> rules = (List<?>) ((Map<?, ?>) ((Map<?, ?>) run.get("tool")).get("driver")).get("rules");
        assertThat(rules).hasSize(RuleCatalogue.all().size());
        List<?> results = (List<?>) run.get("results");
        assertThat(results).extracting(r -> ((Map<?, ?>) r).get("ruleId") + " " + ((Map<?, ?>) r).get("level") + " "
                + ((Map<?, ?>) r).containsKey("suppressions")).containsExactly(
                "STAGE-DUREE-INSUFFISANTE error false", "STAGE-DISPENSE note false",
                "RAPPORT-VISA-ABSENT warning true", "RAPPORT-QSSE error false");
    }

    @Test
    void matchesTheGoldenFile() throws Exception {
        SarifRenderer.write(out, findings(), "test");
        List<String> actual = Files.readAllLines(out.resolve("constats.sarif"), StandardCharsets.UTF_8);
        assertLinesMatch(Golden.lines("sarif/constats.sarif", actual), actual);
    }
}
