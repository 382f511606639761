package fr.jurye61.rules;

import fr.jurye61.domain.Famille;
import fr.jurye61.domain.Gravite;
import fr.jurye61.domain.RequestText;
import fr.jurye61.domain.RuleDefinition;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The rule catalogue, read once from {@code catalogue.tsv} beside this class: the one source
 * of ids, gravités, clauses and messages for the rules, the {@code rules} command, SARIF and
 * the HTML report.
 */
public final class RuleCatalogue {
    private static final Map<String, RuleDefinition> RULES = load();

    private RuleCatalogue() {
    }

    private static Map<String, RuleDefinition> load() {
        Map<String, RuleDefinition> rules = new LinkedHashMap<>();
        try (InputStream in = RuleCatalogue.class.getResourceAsStream("catalogue.tsv");
                BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            boolean header = true;
            while ((line = reader.readLine()) != null) {
                if (line.startsWith("#") || line.isBlank()) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 9) {
                    throw new IllegalStateException("catalogue.tsv: 9 columns expected in: " + line);
                }
                RequestText request = f[6].isEmpty() ? null
                        : new RequestText(RequestText.Addressee.valueOf(f[6].toUpperCase(java.util.Locale.ROOT)), f[7], f[8]);
                if (request == null && !(f[7] + f[8]).isEmpty()) {
                    throw new IllegalStateException("catalogue.tsv: a request without destinataire in: " + line);
                }
                rules.put(f[0], new RuleDefinition(f[0], Gravite.valueOf(f[1]), f[2], Famille.valueOf(f[3]), f[4], f[5],
                        request));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Collections.unmodifiableMap(rules);
    }

    public static RuleDefinition get(String id) {
        RuleDefinition rule = RULES.get(id);
        if (rule == null) {
            throw new NoSuchElementException("Rule not in the catalogue: " + id);
        }
        return rule;
    }

    public static boolean contains(String id) {
        return RULES.containsKey(id);
    }

    /** Every rule, in catalogue order (eligibility, report, pack). */
    public static Collection<RuleDefinition> all() {
        return RULES.values();
    }
}
