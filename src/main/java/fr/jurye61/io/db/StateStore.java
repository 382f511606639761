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
import fr.jurye61.domain.EmetteurType;
import fr.jurye61.domain.Origine;
import fr.jurye61.domain.PieceType;
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
import java.util.Set;
import java.util.TreeMap;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The candidates' state in the embedded database: what each run accepted, rejected and
 * noticed. Writes join the caller's transaction (a chunk or a tasklet), so a failed step
 * leaves nothing half-written for its restart.
 */
public class StateStore {
    private final JdbcTemplate jdbc;

    private final DocumentCache cache;
    private final PackKeys packs;
    private final EvaluationStore evaluations;
    private final LetterLog letters;

    private final java.util.function.Supplier<String> recordRows;

    public StateStore(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        java.util.function.Supplier<Dialect> dialect = Dialect.lazilyOf(jdbc);
        this.recordRows = Dialect.statement(dialect, d -> d.insertOrReplace("J_LIGNES_LUES",
                List.of(Dialect.column("RUN_ID", "BIGINT"), Dialect.column("FICHIER", "VARCHAR(2000)")),
                List.of(Dialect.column("LIGNES", "INT"))));
        this.cache = new DocumentCache(jdbc, dialect);
        this.packs = new PackKeys(jdbc);
        this.evaluations = new EvaluationStore(jdbc);
        this.letters = new LetterLog(jdbc);
    }

    /** Analyses, probes and cleaning results by file content: the document cache. */
    public DocumentCache cache() {
        return cache;
    }

    /** The pack keys and recorded pack files of each night folder. */
    public PackKeys packs() {
        return packs;
    }

    /** Findings, checks, outcomes, input keys and retained documents, per run. */
    public EvaluationStore evaluations() {
        return evaluations;
    }

    /** What each night's letters asked, and since when. */
    public LetterLog letters() {
        return letters;
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
            return new Row("INSERT INTO J_COMMISSION (RUN_ID, CODE, LIBELLE, DATE_INTERROGATION, LIEU, "
                    + "FICHIER, LIGNE) VALUES (?,?,?,?,?,?,?)",
                    runId, c.code(), c.libelle(), date(c.dateInterrogation()), c.lieu(),
                    c.source().fichier(), c.source().ligne());
        }
        if (record instanceof Candidate c) {
            return new Row("INSERT INTO J_CANDIDAT (RUN_ID, NUMERO, NOM, PRENOM, DATE_NAISSANCE, VOIE, "
                    + "STATUT_FC, VOIE_DISTANCE, REDOUBLANT, CONTRAT_PARTICULIER, ACADEMIE, "
                    + "ETABLISSEMENT, COMMISSION, FICHIER, LIGNE) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    runId, c.numero(), c.nom(), c.prenom(), date(c.dateNaissance()), code(c.voie()),
                    code(c.statutFc()), code(c.voieDistance()), c.redoublant(), c.contratParticulier(),
                    c.academie(), c.etablissement(), c.commission(), c.source().fichier(), c.source().ligne());
        }
        if (record instanceof Piece p) {
            return new Row("INSERT INTO J_PIECE (RUN_ID, NUMERO, TYPE, EMETTEUR, EMETTEUR_TYPE, "
                    + "DATE_DEBUT, DATE_FIN, QUOTITE, DOMAINE_METROLOGIE, REFERENCE, "
                    + "FICHIER_PIECE, FICHIER, LIGNE) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?)",
                    runId, p.numero(), code(p.type()), p.emetteur(), code(p.emetteurType()), date(p.dateDebut()),
                    date(p.dateFin()), p.quotite(), p.domaineMetrologie(), p.reference(), p.fichier(),
                    p.source().fichier(), p.source().ligne());
        }
        if (record instanceof Deposit d) {
            return new Row("INSERT INTO J_DEPOT (RUN_ID, NUMERO, FICHIER_RAPPORT, DEPOSE_LE, "
                    + "VISE_STRUCTURE, ORIGINE, FICHIER, LIGNE) VALUES (?,?,?,?,?,?,?,?)",
                    runId, d.numero(), d.fichier(), d.deposeLe().toString(), d.viseStructure(), code(d.origine()),
                    d.source().fichier(), d.source().ligne());
        }
        if (record instanceof Grid g) {
            return new Row("INSERT INTO J_GRILLE (RUN_ID, NUMERO, FICHIER_GRILLE, ETABLIE_LE, FICHIER, "
                    + "LIGNE) VALUES (?,?,?,?,?,?)",
                    runId, g.numero(), g.fichier(), date(g.etablieLe()), g.source().fichier(), g.source().ligne());
        }
        if (record instanceof Ruling r) {
            return new Row("INSERT INTO J_DECISION (RUN_ID, NUMERO, REGLE, DECISION, AUTEUR, "
                    + "JUSTIFICATION, DATE_DECISION, FICHIER, LIGNE) VALUES (?,?,?,?,?,?,?,?,?)",
                    runId, r.numero(), r.regle(), code(r.decision()), r.auteur(), r.justification(),
                    date(r.date()), r.source().fichier(), r.source().ligne());
        }
        if (record instanceof Rejection r) {
            return new Row("INSERT INTO J_REJET (RUN_ID, FICHIER, LIGNE, CODE, MESSAGE, "
                    + "LIGNES_COUVERTES) VALUES (?,?,?,?,?,?)",
                    runId, r.fichier(), r.ligne(), r.code().name(), r.message(), r.lignesCouvertes());
        }
        if (record instanceof Notice n) {
            return new Row("INSERT INTO J_AVIS (RUN_ID, FICHIER, LIGNE, CODE, MESSAGE) VALUES (?,?,?,?,?)",
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
        jdbc.update("INSERT INTO J_FICHIER_LU (RUN_ID, FICHIER, LIGNES_LUES, LIGNES_ACCEPTEES, "
                + "LIGNES_REJETEES) VALUES (?,?,?,?,?)", runId, fichier, read, accepted, rejected);
    }

    /** The run's input snapshot, replacing any earlier attempt of the same run. */
    public void replaceSnapshot(long runId, List<fr.jurye61.io.input.SnapshotEntry> entries) {
        jdbc.update("DELETE FROM J_INSTANTANE WHERE RUN_ID = ?", runId);
        jdbc.batchUpdate("INSERT INTO J_INSTANTANE (RUN_ID, CHEMIN, NATURE, TAILLE, MODIFIE, SHA256) VALUES (?,?,?,?,?,?)",
                entries.stream()
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
        jdbc.update(recordRows.get(), runId, fichier, rows);
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

    /** A ruling that matched no finding: its notice, and the candidate and rule it named. */
    public void insertUnmatchedRuling(long runId, Ruling ruling, Notice notice) {
        insert(runId, notice);
        jdbc.update("INSERT INTO J_DECISION_SANS_CONSTAT (RUN_ID, NUMERO, REGLE, FICHIER, LIGNE) VALUES (?,?,?,?,?)",
                runId, ruling.numero(), ruling.regle(), ruling.source().fichier(), ruling.source().ligne());
    }

    /** The notices of one candidate's rulings that matched no finding in a run. */
    public List<Notice> unmatchedRulingNotices(long runId, String numero) {
        return jdbc.query("SELECT a.FICHIER, a.LIGNE, a.CODE, a.MESSAGE FROM J_AVIS a JOIN J_DECISION_SANS_CONSTAT d "
                + "ON a.RUN_ID = d.RUN_ID AND a.FICHIER = d.FICHIER AND a.LIGNE = d.LIGNE "
                + "WHERE d.RUN_ID = ? AND d.NUMERO = ? AND a.CODE = 'DECISION_SANS_CONSTAT' ORDER BY a.FICHIER, a.LIGNE",
                (rs, i) -> new Notice(rs.getString("FICHIER"), (Integer) rs.getObject("LIGNE"),
                        rs.getString("CODE"), rs.getString("MESSAGE")), runId, numero);
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
