package fr.jurye61.io.db;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.jdbc.core.ConnectionCallback;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.function.SingletonSupplier;

/**
 * The SQL that differs between the two databases the state can live in: the embedded HSQLDB
 * (the default) and PostgreSQL. Everything else the project writes is common SQL.
 */
public enum Dialect {
    HSQLDB, POSTGRESQL;

    private static final Pattern LONG_TEXT = Pattern.compile("\\bLONGVARCHAR\\b");
    private static final Pattern TEXT_TYPE = Pattern.compile("\\b(?:VARCHAR\\(\\d+\\)|TEXT\\b)");

    /** Column names of the schema that PostgreSQL reserves: quoted there, as it folds them (lower case). */
    private static final java.util.Set<String> RESERVED_BY_POSTGRESQL = java.util.Set.of("ANALYSE");
    private static final Pattern RESERVED = Pattern.compile("\\b(?:" + String.join("|", RESERVED_BY_POSTGRESQL) + ")\\b");

    /** A column name as this database must read it in a statement. */
    public String name(String column) {
        return this == POSTGRESQL && RESERVED_BY_POSTGRESQL.contains(column)
                ? '"' + column.toLowerCase(Locale.ROOT) + '"' : column;
    }

    /** The dialect of a JDBC URL; anything but PostgreSQL is the embedded HSQLDB. */
    public static Dialect ofUrl(String url) {
        return url.startsWith("jdbc:postgresql:") ? POSTGRESQL : HSQLDB;
    }

    /** The dialect of the database behind a template, asked of it when first needed, then kept. */
    static Supplier<Dialect> lazilyOf(JdbcTemplate jdbc) {
        return SingletonSupplier.of(() -> of(jdbc));
    }

    /** A statement of this dialect, built when first needed (the dialect asked then), then kept. */
    static Supplier<String> statement(Supplier<Dialect> dialect, Function<Dialect, String> sql) {
        return SingletonSupplier.of(() -> sql.apply(dialect.get()));
    }

    /** The dialect of the database behind a template. */
    static Dialect of(JdbcTemplate jdbc) {
        String product = jdbc.execute((ConnectionCallback<String>) c -> c.getMetaData().getDatabaseProductName());
        return product != null && product.toLowerCase(Locale.ROOT).contains("postgres") ? POSTGRESQL : HSQLDB;
    }

    /** A column of an insert: its name, and its type as the schema declares it (HSQLDB types its parameters by it). */
    record Column(String name, String type) {
    }

    private List<Column> named(List<Column> columns) {
        return columns.stream().map(c -> new Column(name(c.name()), c.type())).toList();
    }

    static Column column(String name, String type) {
        return new Column(name, type);
    }

    /**
     * An insert that leaves an existing row with the same key as it is (the caches: a content's
     * analysis never changes). On PostgreSQL it is safe against a concurrent insert of the same key.
     */
    String insertIfAbsent(String table, List<Column> key, List<Column> values) {
        return upsert(table, key, values, false);
    }

    /** An insert that replaces the values of an existing row with the same key. */
    String insertOrReplace(String table, List<Column> key, List<Column> values) {
        return upsert(table, key, values, true);
    }

    private String upsert(String table, List<Column> keyColumns, List<Column> valueColumns, boolean replace) {
        List<Column> key = named(keyColumns);
        List<Column> values = named(valueColumns);
        List<String> keys = key.stream().map(Column::name).toList();
        List<String> others = values.stream().map(Column::name).toList();
        List<Column> all = Stream.concat(key.stream(), values.stream()).toList();
        String columns = all.stream().map(Column::name).collect(Collectors.joining(", "));
        if (this == POSTGRESQL) {
            return "INSERT INTO " + table + " (" + columns + ") VALUES ("
                    + all.stream().map(c -> "?").collect(Collectors.joining(", ")) + ") ON CONFLICT ("
                    + String.join(", ", keys) + ") DO " + (replace ? "UPDATE SET " + others.stream()
                            .map(c -> c + " = EXCLUDED." + c).collect(Collectors.joining(", ")) : "NOTHING");
        }
        // HSQLDB: a one-row source whose parameters are typed as the columns they go to
        return "MERGE INTO " + table + " USING (VALUES(" + all.stream().map(c -> "CAST(? AS " + c.type() + ")")
                .collect(Collectors.joining(", ")) + ")) AS N(" + columns + ") ON "
                + keys.stream().map(c -> table + "." + c + " = N." + c).collect(Collectors.joining(" AND "))
                + (replace ? " WHEN MATCHED THEN UPDATE SET " + others.stream().map(c -> c + " = N." + c)
                        .collect(Collectors.joining(", ")) : "")
                + " WHEN NOT MATCHED THEN INSERT (" + columns + ") VALUES ("
                + all.stream().map(c -> "N." + c.name()).collect(Collectors.joining(", ")) + ")";
    }

    /**
     * A statement of the project's schema (written for HSQLDB) for this database. On PostgreSQL
     * every text column compares and sorts by code point (COLLATE "C"), as HSQLDB does: the rows
     * come back in the same order whatever the server's locale, so the outputs are the same bytes.
     */
    public String schemaStatement(String sql) {
        if (this == HSQLDB) {
            return sql;
        }
        String text = RESERVED.matcher(LONG_TEXT.matcher(sql).replaceAll("TEXT"))
                .replaceAll(r -> Matcher.quoteReplacement(name(r.group())));
        return TEXT_TYPE.matcher(text).replaceAll(r -> Matcher.quoteReplacement(r.group() + " COLLATE \"C\""));
    }
}
