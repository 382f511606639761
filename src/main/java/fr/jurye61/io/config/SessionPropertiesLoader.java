package fr.jurye61.io.config;

import fr.jurye61.domain.SessionParameters;
import fr.jurye61.io.csv.InvalidValueException;
import fr.jurye61.io.csv.TextDecoder;
import fr.jurye61.io.csv.Values;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.TreeSet;

/**
 * Reads session.properties once per run. A missing required key, an unknown key or a bad
 * value is a configuration error naming the key: the run stops before writing anything.
 */
public final class SessionPropertiesLoader {
    public static final String FILE_NAME = fr.jurye61.io.csv.InputKind.SESSION_FILE;

    /** Rule parameters and their defaults (input.md). */
    public static final Map<String, Integer> RULE_PARAMETERS;

    static {
        Map<String, Integer> defaults = new LinkedHashMap<>();
        defaults.put("duree_stage_semaines", 12);
        defaults.put("duree_stage_reduite_min_semaines", 8);
        defaults.put("rapport_pages_max", 50);
        defaults.put("juridique_pages_min", 2);
        defaults.put("juridique_pages_max", 4);
        defaults.put("qsse_pages_max", 4);
        defaults.put("resume_anglais_mots_min", 100);
        defaults.put("resume_anglais_mots_max", 450);
        defaults.put("perfectionnement_temps_plein_jours", 182);
        defaults.put("perfectionnement_temps_partiel_jours", 365);
        defaults.put("experience_min_mois", 36);
        defaults.put("delai_regularisation_jours", 15);
        RULE_PARAMETERS = Map.copyOf(defaults);
    }

    private static final java.util.Set<String> CALENDAR_KEYS = java.util.Set.of(
            "session", "date_limite_depot", "date_examen", "date_examen_session_precedente", "libelle");

    private SessionPropertiesLoader() {
    }

    public static SessionParameters load(Path inputRoot) {
        return loadFile(inputRoot.resolve(FILE_NAME));
    }

    /** The session file of a night, as its snapshot kept it. */
    public static SessionParameters load(fr.jurye61.io.input.InputSnapshot snapshot) {
        return loadFile(snapshot.content(FILE_NAME).orElseThrow(() -> new ConfigurationException(FILE_NAME
                + " absent du dossier d'entrée au début de la nuit (ou lien symbolique menant hors du dossier) : "
                + "ce fichier est obligatoire.")));
    }

    /**
     * The thresholds of input.md with no session calendar: what check-report uses when no
     * session file is given (content rules need no date).
     */
    public static SessionParameters defaults() {
        Properties properties = new Properties();
        properties.setProperty("date_limite_depot", "2000-01-01T00:00:00+01:00");
        properties.setProperty("date_examen", "2000-06-01");
        return parse(properties);
    }

    public static SessionParameters loadFile(Path file) {
        if (!Files.isRegularFile(file)) {
            throw new ConfigurationException(file + " introuvable : " + FILE_NAME
                    + " est obligatoire (calendrier de la session).");
        }
        Properties properties = new Properties();
        try {
            properties.load(new StringReader(TextDecoder.decode(Files.readAllBytes(file)).text()));
        } catch (IOException | IllegalArgumentException e) {
            throw new ConfigurationException(FILE_NAME + " illisible : " + e.getMessage(), e);
        }
        return parse(properties);
    }

    public static SessionParameters parse(Properties properties) {
        for (String key : new TreeSet<>(properties.stringPropertyNames())) {
            if (!CALENDAR_KEYS.contains(key) && !RULE_PARAMETERS.containsKey(key)) {
                throw new ConfigurationException(FILE_NAME + " : clé inconnue « " + key + " » (clés admises : "
                        + String.join(", ", CALENDAR_KEYS.stream().sorted().toList()) + ", "
                        + String.join(", ", RULE_PARAMETERS.keySet().stream().sorted().toList()) + ").");
            }
        }
        OffsetDateTime deadline = typed(properties, "date_limite_depot", true,
                v -> Values.timestamp("date_limite_depot", v));
        LocalDate exam = typed(properties, "date_examen", true, v -> Values.date("date_examen", v));
        LocalDate previousExam = typed(properties, "date_examen_session_precedente", false,
                v -> Values.date("date_examen_session_precedente", v));
        if (previousExam != null && !previousExam.isBefore(exam)) {
            throw new ConfigurationException(FILE_NAME + " : clé « date_examen_session_precedente » : "
                    + previousExam + " n'est pas antérieure à date_examen " + exam + ".");
        }
        String session = properties.getProperty("session");
        session = session == null || session.isBlank() ? String.valueOf(exam.getYear()) : withoutComment(session);
        String libelle = properties.getProperty("libelle");
        libelle = libelle == null || libelle.isBlank() ? "BTS Métiers de la Mesure — session " + session
                : libelle.strip();
        Map<String, Integer> p = new LinkedHashMap<>();
        for (Map.Entry<String, Integer> entry : RULE_PARAMETERS.entrySet()) {
            Integer value = typed(properties, entry.getKey(), false,
                    v -> Values.integer(entry.getKey(), v, 1, 100_000, null));
            p.put(entry.getKey(), value == null ? entry.getValue() : value);
        }
        atMost(p, "duree_stage_reduite_min_semaines", "duree_stage_semaines");
        atMost(p, "juridique_pages_min", "juridique_pages_max");
        atMost(p, "resume_anglais_mots_min", "resume_anglais_mots_max");
        return new SessionParameters(session, deadline, exam, previousExam, libelle,
                p.get("duree_stage_semaines"), p.get("duree_stage_reduite_min_semaines"),
                p.get("rapport_pages_max"), p.get("juridique_pages_min"), p.get("juridique_pages_max"),
                p.get("qsse_pages_max"), p.get("resume_anglais_mots_min"), p.get("resume_anglais_mots_max"),
                p.get("perfectionnement_temps_plein_jours"), p.get("perfectionnement_temps_partiel_jours"),
                p.get("experience_min_mois"), p.get("delai_regularisation_jours"));
    }

    private static void atMost(Map<String, Integer> p, String lower, String upper) {
        if (p.get(lower) > p.get(upper)) {
            throw new ConfigurationException(FILE_NAME + " : clé « " + lower + " » (" + p.get(lower)
                    + ") supérieure à « " + upper + " » (" + p.get(upper) + ").");
        }
    }

    @FunctionalInterface
    private interface ValueParser<T> {
        T parse(String value) throws InvalidValueException;
    }

    private static <T> T typed(Properties properties, String key, boolean required, ValueParser<T> parser) {
        String raw = properties.getProperty(key);
        if (raw == null || withoutComment(raw).isEmpty()) {
            if (required) {
                throw new ConfigurationException(FILE_NAME + " : clé obligatoire « " + key + " » absente ou vide.");
            }
            return null;
        }
        try {
            return parser.parse(withoutComment(raw));
        } catch (InvalidValueException e) {
            throw new ConfigurationException(FILE_NAME + " : clé « " + key + " » : valeur " + Values.show(raw)
                    + " invalide (" + e.getMessage() + ")");
        }
    }

    /** Typed values tolerate a trailing comment « value   # note », as in input.md's example. */
    private static String withoutComment(String raw) {
        return raw.replaceFirst("\\s+#.*$", "").strip();
    }
}
