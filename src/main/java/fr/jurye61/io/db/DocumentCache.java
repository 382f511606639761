package fr.jurye61.io.db;

import fr.jurye61.domain.FileState;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
    private static final List<Dialect.Column> KEY = List.of(Dialect.column("SHA256", "VARCHAR(64)"),
            Dialect.column("VERSION", "VARCHAR(20)"));
    private static final List<Dialect.Column> ANALYSIS = List.of(Dialect.column("ANALYSE", "LONGVARCHAR"));
    private static final List<Dialect.Column> PROBE = List.of(Dialect.column("ETAT", "VARCHAR(20)"));
    private static final List<Dialect.Column> LEFT = List.of(Dialect.column("RESTE", "VARCHAR(1000)"));
    private final JdbcTemplate jdbc;
    private final Supplier<String> insertAnalysis;
    private final Supplier<String> selectAnalysis;
    private final Supplier<String> insertProbe;
    private final Supplier<String> insertLeft;

    DocumentCache(JdbcTemplate jdbc, Supplier<Dialect> dialect) {
        this.jdbc = jdbc;
        this.insertAnalysis = Dialect.statement(dialect, d -> d.insertIfAbsent("J_ANALYSE", KEY, ANALYSIS));
        this.selectAnalysis = Dialect.statement(dialect, d -> "SELECT " + d.name("ANALYSE")
                + " FROM J_ANALYSE WHERE SHA256 = ? AND VERSION = ?");
        this.insertProbe = Dialect.statement(dialect, d -> d.insertIfAbsent("J_SONDE", KEY, PROBE));
        this.insertLeft = Dialect.statement(dialect, d -> d.insertIfAbsent("J_NETTOYAGE", KEY, LEFT));
    }

    /** Caches a report analysis under its file's SHA-256 and the analyser's version (once). */
    public void cacheAnalysis(ReportAnalysis analysis, String version) {
        if (analysis.sha256() == null) {
            return;
        }
        jdbc.update(insertAnalysis.get(), analysis.sha256(), version, JSON.writeValueAsString(analysis));
    }

    public Optional<ReportAnalysis> cachedAnalysis(String sha256, String version) {
        List<String> rows = jdbc.queryForList(selectAnalysis.get(),
                String.class, sha256, version);
        return rows.stream().findFirst().map(json -> JSON.readValue(json, ReportAnalysis.class));
    }

    /** Caches what a document file turned out to be, by content (idempotent, outside any chunk). */
    public void cacheProbe(String sha256, String version, FileState state) {
        jdbc.update(insertProbe.get(), sha256, version, state.name());
    }

    public Optional<FileState> cachedProbe(String sha256, String version) {
        return jdbc.queryForList("SELECT ETAT FROM J_SONDE WHERE SHA256 = ? AND VERSION = ?", String.class, sha256,
                version).stream().findFirst().map(FileState::valueOf);
    }

    /** Caches what a sanitised copy of a file would keep, by content (idempotent, outside any chunk). */
    public void cacheLeftAfterCleaning(String sha256, String version, List<String> left) {
        jdbc.update(insertLeft.get(), sha256, version, String.join(",", left));
    }

    public Optional<List<String>> cachedLeftAfterCleaning(String sha256, String version) {
        return jdbc.queryForList("SELECT RESTE FROM J_NETTOYAGE WHERE SHA256 = ? AND VERSION = ?", String.class, sha256,
                version).stream().findFirst().map(r -> r.isEmpty() ? List.of() : List.of(r.split(",")));
    }
}
