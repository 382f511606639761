package fr.jurye61.io.db;

import fr.jurye61.domain.Candidate;
import fr.jurye61.domain.Commission;
import fr.jurye61.domain.Deposit;
import fr.jurye61.domain.EnumText;
import fr.jurye61.domain.Grid;
import fr.jurye61.domain.Notice;
import fr.jurye61.domain.Piece;
import fr.jurye61.domain.Rejection;
import fr.jurye61.domain.RejectionCode;
import fr.jurye61.domain.Ruling;
import fr.jurye61.domain.RulingDecision;
import fr.jurye61.domain.SourceRef;
import fr.jurye61.domain.StatutFc;
import fr.jurye61.domain.Voie;
import fr.jurye61.domain.Check;
import fr.jurye61.domain.CheckResult;
import fr.jurye61.domain.Conformite;
import fr.jurye61.domain.Decision;
import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.Evaluation;
import fr.jurye61.domain.FileState;
import fr.jurye61.domain.Famille;
import fr.jurye61.domain.Finding;
import fr.jurye61.domain.Gravite;
import fr.jurye61.domain.Origine;
import fr.jurye61.domain.Outcome;
import fr.jurye61.domain.PieceType;
import fr.jurye61.domain.Recevabilite;
import fr.jurye61.domain.Statut;
import java.sql.Date;
import java.time.Instant;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import fr.jurye61.domain.ReportAnalysis;
import tools.jackson.databind.json.JsonMapper;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidates' state in the embedded database: what each run accepted, rejected and
 * noticed. Writes join the caller's transaction (a chunk or a tasklet), so a failed step
 * leaves nothing half-written for its restart.
 */
public class StateStore {
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final JdbcTemplate jdbc;

    public StateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    // ---- writes ----

    public void insert(long runId, Object record) {
        Row row = row(runId, record);
        jdbc.update(row.sql(), row.arguments());
    }

    /** Stores some records, one batch per table, each table's rows in the order given. */
    public void insertAll(long runId, List<?> records) {
        Map<String, List<Object[]>> batches = new java.util.LinkedHashMap<>();
        for (Object record : records) {
            Row row = row(runId, record);
            batches.computeIfAbsent(row.sql(), sql -> new ArrayList<>()).add(row.arguments());
        }
        batches.forEach(jdbc::batchUpdate);
    }

    private record Row(String sql, Object... arguments) {
    }

    private static Row row(long runId, Object record) {
        if (record instanceof Commission c) {
            return new Row("INSERT INTO J_COMMISSION VALUES (?,?,?,?,?,?,?,NULL)",
                    runId, c.code(), c.libelle(), date(c.dateInterrogation()), c.lieu(),
                    c.source().fichier(), c.source().ligne());
        }
        if (record instanceof Candidate c) {
            return new Row("INSERT INTO J_CANDIDAT VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
                    runId, c.numero(), c.nom(), c.prenom(), date(c.dateNaissance()), code(c.voie()),
                    code(c.statutFc()), code(c.voieDistance()), c.redoublant(), c.contratParticulier(),
                    c.academie(), c.etablissement(), c.commission(), c.source().fichier(), c.source().ligne());
        }
        if (record instanceof Piece p) {
            return new Row("INSERT INTO J_PIECE VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    runId, p.numero(), code(p.type()), p.emetteur(), code(p.emetteurType()), date(p.dateDebut()),
                    date(p.dateFin()), p.quotite(), p.domaineMetrologie(), p.reference(), p.fichier(),
                    p.source().fichier(), p.source().ligne());
        }
        if (record instanceof Deposit d) {
            return new Row("INSERT INTO J_DEPOT VALUES (?,?,?,?,?,?,?,?)",
                    runId, d.numero(), d.fichier(), d.deposeLe().toString(), d.viseStructure(), code(d.origine()),
                    d.source().fichier(), d.source().ligne());
        }
        if (record instanceof Grid g) {
            return new Row("INSERT INTO J_GRILLE VALUES (?,?,?,?,?,?)",
                    runId, g.numero(), g.fichier(), date(g.etablieLe()), g.source().fichier(), g.source().ligne());
        }
        if (record instanceof Ruling r) {
            return new Row("INSERT INTO J_DECISION VALUES (?,?,?,?,?,?,?,?,?)",
                    runId, r.numero(), r.regle(), code(r.decision()), r.auteur(), r.justification(),
                    date(r.date()), r.source().fichier(), r.source().ligne());
        }
        if (record instanceof Rejection r) {
            return new Row("INSERT INTO J_REJET VALUES (?,?,?,?,?,?)",
                    runId, r.fichier(), r.ligne(), r.code().name(), r.message(), r.lignesCouvertes());
        }
        if (record instanceof Notice n) {
            return new Row("INSERT INTO J_AVIS VALUES (?,?,?,?,?)",
                    runId, n.fichier(), n.ligne(), n.code(), n.message());
        }
        throw new IllegalArgumentException("Unknown record type " + record.getClass());
    }

    /** Marks an accepted registration or commission row as an identical duplicate of another. */
    public void markDuplicate(long runId, boolean candidate, SourceRef row, int keptLine) {
        jdbc.update("UPDATE " + (candidate ? "J_CANDIDAT" : "J_COMMISSION")
                + " SET DOUBLON_DE = ? WHERE RUN_ID = ? AND FICHIER = ? AND LIGNE = ?",
                keptLine, runId, row.fichier(), row.ligne());
    }

    /** Removes accepted rows that turned out to conflict: they become rejections. */
    public void deleteRow(long runId, boolean candidate, SourceRef row) {
        jdbc.update("DELETE FROM " + (candidate ? "J_CANDIDAT" : "J_COMMISSION")
                + " WHERE RUN_ID = ? AND FICHIER = ? AND LIGNE = ?", runId, row.fichier(), row.ligne());
    }

    public void recordFileCount(long runId, String fichier, int read, int accepted, int rejected) {
        jdbc.update("INSERT INTO J_FICHIER_LU VALUES (?,?,?,?,?)", runId, fichier, read, accepted, rejected);
    }

    /** Stores what the rules said of some candidates (findings, checks, passed ones too, and outcome), one batch per table. */
    public void insertEvaluations(long runId, List<Evaluation> evaluations) {
        if (evaluations.isEmpty()) {
            return;
        }
        jdbc.batchUpdate("INSERT INTO J_CONSTAT VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)", evaluations.stream()
                .flatMap(e -> e.findings().stream())
                .map(f -> new Object[] {runId, f.numero(), f.regle(), f.gravite().name(), f.clause(), f.famille().name(),
                        f.preuve(), f.message(), f.source() == null ? null : f.source().fichier(),
                        f.source() == null ? null : f.source().ligne(), f.statut().name(), f.auteurDecision(),
                        f.justification()}).toList());
        jdbc.batchUpdate("INSERT INTO J_VERIFICATION VALUES (?,?,?,?,?)", evaluations.stream()
                .flatMap(e -> e.checks().stream())
                .map(c -> new Object[] {runId, c.numero(), c.regle(), c.resultat().name(), c.constats()}).toList());
        jdbc.batchUpdate("INSERT INTO J_RESULTAT VALUES (?,?,?,?,?,?)", evaluations.stream().map(e -> {
            Outcome o = e.outcome();
            return new Object[] {runId, e.candidate().numero(), o.recevabilite().name(), o.conformite().name(),
                    o.decision().name(), String.join("|", o.constats())};
        }).toList());
    }

    /** The keys of the inputs a run's candidates were evaluated from, stored with their evaluations. */
    public void recordEvaluationKeys(long runId, Map<String, String> keysByNumero) {
        jdbc.batchUpdate("INSERT INTO J_CLE_EVALUATION (RUN_ID, NUMERO, CLE) VALUES (?,?,?)", keysByNumero.entrySet()
                .stream().map(e -> new Object[] {runId, e.getKey(), e.getValue()}).toList());
    }

    /** A run's evaluation keys by candidate number; {@code runId} is -1 when no earlier run stored any. */
    public record EvaluationKeys(long runId, Map<String, String> keys) {
    }

    /**
     * The evaluation keys of the latest run before this one that stored any, restricted to the
     * candidates whose outcome that run stored (keys and rows are written in one transaction).
     */
    public EvaluationKeys previousEvaluationKeys(long runId) {
        Long previous = jdbc.queryForObject("SELECT MAX(RUN_ID) FROM J_CLE_EVALUATION WHERE RUN_ID < ?", Long.class,
                runId);
        if (previous == null) {
            return new EvaluationKeys(-1, Map.of());
        }
        Map<String, String> keys = new HashMap<>();
        jdbc.query("SELECT K.NUMERO, K.CLE FROM J_CLE_EVALUATION K JOIN J_RESULTAT R ON R.RUN_ID = K.RUN_ID "
                + "AND R.NUMERO = K.NUMERO WHERE K.RUN_ID = ?", rs -> {
                    keys.put(rs.getString(1), rs.getString(2));
                }, previous);
        return new EvaluationKeys(previous, Map.copyOf(keys));
    }

    /**
     * Copies some candidates' findings, checks and outcome from an earlier run into this one, as
     * that run stored them; returns how many outcomes were copied (one per candidate found).
     */
    public int copyEvaluations(long fromRun, long toRun, List<String> numeros) {
        if (numeros.isEmpty()) {
            return 0;
        }
        // One lookup per candidate: the (RUN_ID, NUMERO) index finds its rows among every night's.
        List<Object[]> args = numeros.stream().map(n -> new Object[] {toRun, fromRun, n}).toList();
        String where = " WHERE RUN_ID = ? AND NUMERO = ?";
        jdbc.batchUpdate("INSERT INTO J_CONSTAT (RUN_ID, NUMERO, REGLE, GRAVITE, CLAUSE, FAMILLE, PREUVE, MESSAGE, "
                + "SOURCE_FICHIER, SOURCE_LIGNE, STATUT, AUTEUR_DECISION, JUSTIFICATION) SELECT CAST(? AS BIGINT), "
                + "NUMERO, REGLE, GRAVITE, CLAUSE, FAMILLE, PREUVE, MESSAGE, SOURCE_FICHIER, SOURCE_LIGNE, STATUT, "
                + "AUTEUR_DECISION, JUSTIFICATION FROM J_CONSTAT" + where, args);
        jdbc.batchUpdate("INSERT INTO J_VERIFICATION (RUN_ID, NUMERO, REGLE, RESULTAT, CONSTATS) SELECT CAST(? AS BIGINT), "
                + "NUMERO, REGLE, RESULTAT, CONSTATS FROM J_VERIFICATION" + where, args);
        return java.util.Arrays.stream(jdbc.batchUpdate("INSERT INTO J_RESULTAT (RUN_ID, NUMERO, RECEVABILITE, "
                + "CONFORMITE, DECISION, CONSTATS) SELECT CAST(? AS BIGINT), NUMERO, RECEVABILITE, CONFORMITE, DECISION, "
                + "CONSTATS FROM J_RESULTAT" + where, args)).sum();
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
        jdbc.update("INSERT INTO J_DOSSIER_NUIT VALUES (?,?,?)", night, code, key);
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
        jdbc.batchUpdate("INSERT INTO J_DOSSIER_FICHIER VALUES (?,?,?,?)", files.entrySet().stream()
                .map(e -> new Object[] {night, code, e.getKey(), e.getValue()}).toList());
    }

    /** The run's input snapshot, replacing any earlier attempt of the same run. */
    public void replaceSnapshot(long runId, List<fr.jurye61.io.input.SnapshotEntry> entries) {
        jdbc.update("DELETE FROM J_INSTANTANE WHERE RUN_ID = ?", runId);
        jdbc.batchUpdate("INSERT INTO J_INSTANTANE VALUES (?,?,?,?,?,?)", entries.stream()
                .map(e -> new Object[] {runId, e.chemin(), e.nature().name(), e.taille(), e.modifie(), e.sha256()})
                .toList());
    }

    public List<fr.jurye61.io.input.SnapshotEntry> snapshotEntries(long runId) {
        return jdbc.query("SELECT * FROM J_INSTANTANE WHERE RUN_ID = ? ORDER BY CHEMIN",
                (rs, i) -> new fr.jurye61.io.input.SnapshotEntry(rs.getString("CHEMIN"),
                        fr.jurye61.io.input.SnapshotEntry.Nature.valueOf(rs.getString("NATURE")), rs.getLong("TAILLE"),
                        rs.getLong("MODIFIE"), rs.getString("SHA256")), runId);
    }

    /** The contents the run's snapshot keeps: what the object store must not lose. */
    public java.util.Set<String> snapshotContents(long runId) {
        return new HashSet<>(jdbc.queryForList("SELECT SHA256 FROM J_INSTANTANE WHERE RUN_ID = ? AND SHA256 IS NOT NULL",
                String.class, runId));
    }

    /** How many data rows an input file accounts for, recorded when it is read (idempotent). */
    public void recordRowsRead(long runId, String fichier, int rows) {
        jdbc.update("MERGE INTO J_LIGNES_LUES USING (VALUES(CAST(? AS BIGINT), CAST(? AS VARCHAR(2000)), CAST(? AS INT))) "
                + "AS N(R, F, L) ON J_LIGNES_LUES.RUN_ID = N.R AND J_LIGNES_LUES.FICHIER = N.F "
                + "WHEN MATCHED THEN UPDATE SET LIGNES = N.L WHEN NOT MATCHED THEN INSERT VALUES (N.R, N.F, N.L)",
                runId, fichier, rows);
    }

    /** Data rows per input file of the run, as read, sorted by file. */
    public Map<String, Integer> rowsRead(long runId) {
        Map<String, Integer> rows = new TreeMap<>();
        jdbc.query("SELECT FICHIER, LIGNES FROM J_LIGNES_LUES WHERE RUN_ID = ?",
                rs -> {
                    rows.put(rs.getString("FICHIER"), rs.getInt("LIGNES"));
                }, runId);
        return rows;
    }

    // ---- reads ----

    public Set<String> commissionCodes(long runId) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT CODE FROM J_COMMISSION WHERE RUN_ID = ? AND DOUBLON_DE IS NULL", String.class, runId));
    }

    /** Accepted pieces of a run, by candidate, in file and line order. */
    public Map<String, List<Piece>> piecesByCandidate(long runId) {
        return group(jdbc.query("SELECT * FROM J_PIECE WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE",
                (rs, i) -> new Piece(rs.getString("NUMERO"), enumOf(PieceType.class, rs.getString("TYPE")),
                        rs.getString("EMETTEUR"), enumOf(EmetteurType.class, rs.getString("EMETTEUR_TYPE")),
                        localDate(rs, "DATE_DEBUT"), localDate(rs, "DATE_FIN"), rs.getInt("QUOTITE"),
                        rs.getBoolean("DOMAINE_METROLOGIE"), rs.getString("REFERENCE"), rs.getString("FICHIER_PIECE"),
                        source(rs)), runId), Piece::numero);
    }

    public Map<String, List<Deposit>> depositsByCandidate(long runId) {
        return group(jdbc.query("SELECT * FROM J_DEPOT WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE",
                (rs, i) -> new Deposit(rs.getString("NUMERO"), rs.getString("FICHIER_RAPPORT"),
                        Instant.parse(rs.getString("DEPOSE_LE")), rs.getBoolean("VISE_STRUCTURE"),
                        enumOf(Origine.class, rs.getString("ORIGINE")), source(rs)), runId), Deposit::numero);
    }

    public Map<String, List<Grid>> gridsByCandidate(long runId) {
        return group(jdbc.query("SELECT * FROM J_GRILLE WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE",
                (rs, i) -> new Grid(rs.getString("NUMERO"), rs.getString("FICHIER_GRILLE"), localDate(rs, "ETABLIE_LE"),
                        source(rs)), runId), Grid::numero);
    }

    /** Rulings by candidate, in file then line order: a later ruling on the same rule prevails. */
    public Map<String, List<Ruling>> rulingsByCandidate(long runId) {
        return group(jdbc.query("SELECT * FROM J_DECISION WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE",
                (rs, i) -> new Ruling(rs.getString("NUMERO"), rs.getString("REGLE"), decision(rs.getString("DECISION")),
                        rs.getString("AUTEUR"), rs.getString("JUSTIFICATION"), localDate(rs, "DATE_DECISION"),
                        source(rs)), runId), Ruling::numero);
    }

    /** Every finding of a run, in the one order of findings. */
    public List<Finding> findings(long runId) {
        List<Finding> findings = new ArrayList<>(jdbc.query("SELECT * FROM J_CONSTAT WHERE RUN_ID = ?",
                (rs, i) -> new Finding(rs.getString("NUMERO"), rs.getString("REGLE"),
                        Gravite.valueOf(rs.getString("GRAVITE")), rs.getString("CLAUSE"),
                        Famille.valueOf(rs.getString("FAMILLE")), rs.getString("PREUVE"), rs.getString("MESSAGE"),
                        rs.getString("SOURCE_FICHIER") == null ? null
                                : new SourceRef(rs.getString("SOURCE_FICHIER"), rs.getInt("SOURCE_LIGNE")),
                        Statut.valueOf(rs.getString("STATUT")), rs.getString("AUTEUR_DECISION"),
                        rs.getString("JUSTIFICATION")), runId));
        findings.sort(Finding.ORDER);
        return findings;
    }

    /** Outcomes of a run by candidate number, sorted. */
    public Map<String, Outcome> outcomes(long runId) {
        Map<String, Outcome> outcomes = new TreeMap<>();
        jdbc.query("SELECT * FROM J_RESULTAT WHERE RUN_ID = ?", rs -> {
            String constats = rs.getString("CONSTATS");
            outcomes.put(rs.getString("NUMERO"), new Outcome(Recevabilite.valueOf(rs.getString("RECEVABILITE")),
                    Conformite.valueOf(rs.getString("CONFORMITE")), Decision.valueOf(rs.getString("DECISION")),
                    constats.isEmpty() ? List.of() : List.of(constats.split("\\|"))));
        }, runId);
        return outcomes;
    }

    public List<Check> checks(long runId, String numero) {
        return jdbc.query("SELECT * FROM J_VERIFICATION WHERE RUN_ID = ? AND NUMERO = ? ORDER BY REGLE",
                (rs, i) -> new Check(rs.getString("NUMERO"), rs.getString("REGLE"),
                        CheckResult.valueOf(rs.getString("RESULTAT")), rs.getInt("CONSTATS")), runId, numero);
    }

    /** Per input file of a run: rows read, accepted, rejected (the reconciliation). */
    public List<fr.jurye61.domain.FileReconciliation> fileCounts(long runId) {
        return jdbc.query("SELECT * FROM J_FICHIER_LU WHERE RUN_ID = ? ORDER BY FICHIER",
                (rs, i) -> new fr.jurye61.domain.FileReconciliation(rs.getString("FICHIER"), rs.getInt("LIGNES_LUES"), rs.getInt("LIGNES_ACCEPTEES"),
                        rs.getInt("LIGNES_REJETEES")), runId);
    }

    private static <T> Map<String, List<T>> group(List<T> rows, java.util.function.Function<T, String> key) {
        Map<String, List<T>> grouped = new HashMap<>();
        rows.forEach(row -> grouped.computeIfAbsent(key.apply(row), k -> new ArrayList<>()).add(row));
        return grouped;
    }

    private static SourceRef source(ResultSet rs) throws SQLException {
        return new SourceRef(rs.getString("FICHIER"), rs.getInt("LIGNE"));
    }

    /** Registration rows of a run, duplicates included, in file and line order. */
    public List<Candidate> candidateRows(long runId) {
        return jdbc.query("SELECT * FROM J_CANDIDAT WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE",
                (rs, i) -> candidate(rs), runId);
    }

    /** Accepted registrations: one per candidate, sorted by number. */
    public List<Candidate> candidates(long runId) {
        return jdbc.query("SELECT * FROM J_CANDIDAT WHERE RUN_ID = ? AND DOUBLON_DE IS NULL ORDER BY NUMERO",
                (rs, i) -> candidate(rs), runId);
    }

    public Optional<Candidate> candidate(long runId, String numero) {
        return jdbc.query("SELECT * FROM J_CANDIDAT WHERE RUN_ID = ? AND NUMERO = ? AND DOUBLON_DE IS NULL",
                (rs, i) -> candidate(rs), runId, numero).stream().findFirst();
    }

    public Set<String> candidateNumbers(long runId) {
        return new HashSet<>(jdbc.queryForList(
                "SELECT NUMERO FROM J_CANDIDAT WHERE RUN_ID = ? AND DOUBLON_DE IS NULL", String.class, runId));
    }

    public List<Commission> commissionRows(long runId) {
        return jdbc.query("SELECT * FROM J_COMMISSION WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE",
                (rs, i) -> commission(rs), runId);
    }

    public List<Commission> commissions(long runId) {
        return jdbc.query("SELECT * FROM J_COMMISSION WHERE RUN_ID = ? AND DOUBLON_DE IS NULL ORDER BY CODE",
                (rs, i) -> commission(rs), runId);
    }

    /** Rejections sorted as in rejets.csv: by file, then line (whole-file rejections first). */
    public List<Rejection> rejections(long runId) {
        return jdbc.query("SELECT * FROM J_REJET WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE NULLS FIRST, CODE",
                (rs, i) -> new Rejection(rs.getString("FICHIER"), (Integer) rs.getObject("LIGNE"),
                        RejectionCode.valueOf(rs.getString("CODE")), rs.getString("MESSAGE"),
                        rs.getInt("LIGNES_COUVERTES")), runId);
    }

    public List<Notice> notices(long runId) {
        return jdbc.query("SELECT * FROM J_AVIS WHERE RUN_ID = ? ORDER BY FICHIER, LIGNE NULLS FIRST, CODE",
                (rs, i) -> new Notice(rs.getString("FICHIER"), (Integer) rs.getObject("LIGNE"),
                        rs.getString("CODE"), rs.getString("MESSAGE")), runId);
    }

    /** Accepted rows per input file (identical duplicates included: they were read and kept once). */
    public Map<String, Integer> acceptedRowsByFile(long runId) {
        Map<String, Integer> counts = new TreeMap<>();
        for (String table : List.of("J_COMMISSION", "J_CANDIDAT", "J_PIECE", "J_DEPOT", "J_GRILLE", "J_DECISION")) {
            jdbc.query("SELECT FICHIER, COUNT(*) N FROM " + table + " WHERE RUN_ID = ? GROUP BY FICHIER",
                    rs -> {
                        counts.merge(rs.getString("FICHIER"), rs.getInt("N"), Integer::sum);
                    }, runId);
        }
        return counts;
    }

    public Map<String, Integer> rejectedRowsByFile(long runId) {
        Map<String, Integer> counts = new TreeMap<>();
        jdbc.query("SELECT FICHIER, SUM(LIGNES_COUVERTES) N FROM J_REJET WHERE RUN_ID = ? GROUP BY FICHIER",
                rs -> {
                    counts.put(rs.getString("FICHIER"), rs.getInt("N"));
                }, runId);
        return counts;
    }

    // ---- mapping ----

    private static Candidate candidate(ResultSet rs) throws SQLException {
        return new Candidate(rs.getString("NUMERO"), rs.getString("NOM"), rs.getString("PRENOM"),
                localDate(rs, "DATE_NAISSANCE"), enumOf(Voie.class, rs.getString("VOIE")),
                enumOf(StatutFc.class, rs.getString("STATUT_FC")), enumOf(Voie.class, rs.getString("VOIE_DISTANCE")),
                rs.getBoolean("REDOUBLANT"), rs.getBoolean("CONTRAT_PARTICULIER"), rs.getString("ACADEMIE"),
                rs.getString("ETABLISSEMENT"), rs.getString("COMMISSION"),
                new SourceRef(rs.getString("FICHIER"), rs.getInt("LIGNE")));
    }

    private static Commission commission(ResultSet rs) throws SQLException {
        return new Commission(rs.getString("CODE"), rs.getString("LIBELLE"), localDate(rs, "DATE_INTERROGATION"),
                rs.getString("LIEU"), new SourceRef(rs.getString("FICHIER"), rs.getInt("LIGNE")));
    }

    static RulingDecision decision(String code) {
        return enumOf(RulingDecision.class, code);
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String code) {
        return code == null ? null : Enum.valueOf(type, code.toUpperCase(Locale.ROOT));
    }

    private static String code(Enum<?> value) {
        return value == null ? null : EnumText.code(value);
    }

    private static Date date(LocalDate date) {
        return date == null ? null : Date.valueOf(date);
    }

    private static LocalDate localDate(ResultSet rs, String column) throws SQLException {
        Date date = rs.getDate(column);
        return date == null ? null : date.toLocalDate();
    }
}
