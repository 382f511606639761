package fr.jurye61.io.db;

import fr.jurye61.domain.FileState;
import java.util.List;
import java.util.Optional;
import fr.jurye61.domain.ReportAnalysis;
import tools.jackson.databind.json.JsonMapper;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The document cache of the state, by file content and tool version: report analyses
 * (J_ANALYSE), file readability probes (J_SONDE) and what a pack copy would keep after cleaning
 * (J_NETTOYAGE). An unchanged file is never analysed, probed or cleaned twice.
 */
public final class DocumentCache {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    DocumentCache(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** Caches a report analysis under its file's SHA-256 and the analyser's version (once). */
    public void cacheAnalysis(ReportAnalysis analysis, String version) {
        if (analysis.sha256() == null) {
            return;
        }
        jdbc.update("MERGE INTO J_ANALYSE USING (VALUES(CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(20)), "
                + "CAST(? AS LONGVARCHAR))) AS N(S, V, A) ON J_ANALYSE.SHA256 = N.S AND J_ANALYSE.VERSION = N.V "
                + "WHEN NOT MATCHED THEN INSERT VALUES (N.S, N.V, N.A)",
                analysis.sha256(), version, JSON.writeValueAsString(analysis));
    }

    public Optional<ReportAnalysis> cachedAnalysis(String sha256, String version) {
        List<String> rows = jdbc.queryForList("SELECT ANALYSE FROM J_ANALYSE WHERE SHA256 = ? AND VERSION = ?",
                String.class, sha256, version);
        return rows.stream().findFirst().map(json -> JSON.readValue(json, ReportAnalysis.class));
    }

    /** Caches what a document file turned out to be, by content (idempotent, outside any chunk). */
    public void cacheProbe(String sha256, String version, FileState state) {
        jdbc.update("MERGE INTO J_SONDE USING (VALUES(CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(20)), "
                + "CAST(? AS VARCHAR(20)))) AS N(S, V, E) ON J_SONDE.SHA256 = N.S AND J_SONDE.VERSION = N.V "
                + "WHEN NOT MATCHED THEN INSERT VALUES (N.S, N.V, N.E)", sha256, version, state.name());
    }

    public Optional<FileState> cachedProbe(String sha256, String version) {
        return jdbc.queryForList("SELECT ETAT FROM J_SONDE WHERE SHA256 = ? AND VERSION = ?", String.class, sha256,
                version).stream().findFirst().map(FileState::valueOf);
    }

    /** Caches what a sanitised copy of a file would keep, by content (idempotent, outside any chunk). */
    public void cacheLeftAfterCleaning(String sha256, String version, List<String> left) {
        jdbc.update("MERGE INTO J_NETTOYAGE USING (VALUES(CAST(? AS VARCHAR(64)), CAST(? AS VARCHAR(20)), "
                + "CAST(? AS VARCHAR(1000)))) AS N(S, V, R) ON J_NETTOYAGE.SHA256 = N.S AND J_NETTOYAGE.VERSION = N.V "
                + "WHEN NOT MATCHED THEN INSERT VALUES (N.S, N.V, N.R)", sha256, version, String.join(",", left));
    }

    public Optional<List<String>> cachedLeftAfterCleaning(String sha256, String version) {
        return jdbc.queryForList("SELECT RESTE FROM J_NETTOYAGE WHERE SHA256 = ? AND VERSION = ?", String.class, sha256,
                version).stream().findFirst().map(r -> r.isEmpty() ? List.of() : List.of(r.split(",")));
    }
}
