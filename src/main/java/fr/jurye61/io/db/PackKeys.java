package fr.jurye61.io.db;

import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The pack keys of the state: the inputs each pack of a night folder was built from (J_DOSSIER_NUIT)
 * and the SHA-256 of every file it holds (J_DOSSIER_FICHIER). The next night takes over a pack
 * whose key and files are unchanged.
 */
public final class PackKeys {
    private final JdbcTemplate jdbc;

    PackKeys(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * The key of the inputs a commission's pack was built from, in the night folder of that
     * name: a published pack is taken over only from a night this state built (another state's
     * night, on the same output folder, never matches).
     */
    public Optional<String> packKey(String night, String code) {
        return jdbc.queryForList("SELECT CLE FROM J_DOSSIER_NUIT WHERE NUIT = ? AND CODE = ?", String.class, night, code)
                .stream().findFirst();
    }

    public void recordPackKey(String night, String code, String key) {
        jdbc.update("DELETE FROM J_DOSSIER_NUIT WHERE NUIT = ? AND CODE = ?", night, code);
        jdbc.update("INSERT INTO J_DOSSIER_NUIT (NUIT, CODE, CLE) VALUES (?,?,?)", night, code, key);
    }

    /** The SHA-256 of each file of a pack of a night folder (paths relative to the pack), as recorded. */
    public Map<String, String> packFiles(String night, String code) {
        Map<String, String> files = new TreeMap<>();
        jdbc.query("SELECT CHEMIN, SHA256 FROM J_DOSSIER_FICHIER WHERE NUIT = ? AND CODE = ?",
                (org.springframework.jdbc.core.RowCallbackHandler) rs -> files.put(rs.getString(1), rs.getString(2)),
                night, code);
        return files;
    }

    public void recordPackFiles(String night, String code, Map<String, String> files) {
        jdbc.update("DELETE FROM J_DOSSIER_FICHIER WHERE NUIT = ? AND CODE = ?", night, code);
        jdbc.batchUpdate("INSERT INTO J_DOSSIER_FICHIER (NUIT, CODE, CHEMIN, SHA256) VALUES (?,?,?,?)",
                files.entrySet().stream()
                .map(e -> new Object[] {night, code, e.getKey(), e.getValue()}).toList());
    }
}
