package fr.jurye61.rules;

import static org.assertj.core.api.Assertions.assertThat;

import fr.jurye61.domain.RuleDefinition;
import fr.jurye61.rules.engine.RuleEngine;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The catalogue is the one source of rule metadata, and covers rules.md. */
class RuleCatalogueTest {

    @Test
    void everyRuleOfTheEngineHasItsCatalogueEntry() {
        RuleEngine.standard().rules().forEach(rule ->
                assertThat(RuleCatalogue.get(rule.definition().id())).isSameAs(rule.definition()));
    }

    @Test
    void catalogueAndEngineMatchOneForOneInOrderThePackRulesIncluded() {
        RuleEngine engine = RuleEngine.standard();
        java.util.List<String> engineIds = java.util.stream.Stream.concat(engine.rules().stream(),
                engine.packRules().stream()).map(r -> r.definition().id()).toList();
        // every catalogue entry has exactly one rule class in the engine, and no rule is outside the catalogue
        assertThat(engineIds).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(RuleCatalogue.all().stream().map(RuleDefinition::id).toList());
        // check-report's engine is the content part of the same rules
        assertThat(RuleEngine.content().rules()).extracting(r -> r.definition().id())
                .isSubsetOf(engineIds).allMatch(id -> id.startsWith("RAPPORT-"));
    }

    @Test
    void everyEntryIsComplete() {
        assertThat(RuleCatalogue.all()).hasSize(42).allSatisfy(r -> {
            assertThat(r.id()).matches("[A-Z]+(-[A-Z0-9]+)+");
            assertThat(r.clause()).startsWith("§");
            assertThat(r.description()).isNotBlank();
            assertThat(r.message()).isNotBlank();
        });
    }

    @Test
    void everyRuleIdOfTheSpecIsInTheCatalogue() throws IOException {
        Path spec = Path.of("../shared/spec/rules.md");
        Assumptions.assumeTrue(Files.exists(spec), "../shared is beside the project in development and CI");
        Matcher m = Pattern.compile("\\| `([A-Z]+(?:-[A-Z0-9]+)+)` \\|").matcher(Files.readString(spec));
        Set<String> ids = new TreeSet<>();
        while (m.find()) {
            ids.add(m.group(1));
        }
        assertThat(ids).hasSizeGreaterThan(30);
        // the spec's rules, and the tool's own, each saying so in its description
        Set<String> own = Set.of("DOSSIER-CONTENU-ACTIF-PERSISTANT");
        Set<String> expected = new TreeSet<>(ids);
        expected.addAll(own);
        assertThat(RuleCatalogue.all().stream().map(RuleDefinition::id)).containsExactlyInAnyOrderElementsOf(expected);
        own.forEach(id -> assertThat(RuleCatalogue.get(id).description()).contains("Règle propre à l'outil"));
    }

    @Test
    void messagesFillTheirPlaceholders() {
        var finding = RuleCatalogue.get("STAGE-DUREE-INSUFFISANTE").finding("P01", "preuve",
                java.util.Map.of("duree", "11,6 semaines", "seuil", "12"), null);
        assertThat(finding.message()).isEqualTo(
                "Durée de stage insuffisante : 11,6 semaines pour 12 semaines exigées, sans décision rectorale.");
    }
}
