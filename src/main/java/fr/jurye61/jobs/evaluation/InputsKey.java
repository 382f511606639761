package fr.jurye61.jobs.evaluation;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.temporal.TemporalAccessor;
import java.util.HexFormat;
import java.util.List;

/**
 * The SHA-256 of everything a candidate's evaluation is computed from, in an unambiguous encoding:
 * each value tagged with its type, strings and lists prefixed with their length, records by their
 * class and every component in order. Two candidates' inputs give the same key only when they are
 * equal, so an evaluation of the same key (same tool build, same inputs) may be taken over as it
 * stands. A type it does not know is refused rather than encoded loosely (a key that could not
 * tell two inputs apart would take over a wrong evaluation).
 */
public final class InputsKey {
    private final MessageDigest digest;

    public InputsKey() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by the Java platform", e);
        }
    }

    /** Adds one value (a record, a list, a string, a number, a boolean, an enum, a date, or null). */
    public InputsKey add(Object value) {
        if (value == null) {
            tag('N');
        } else if (value instanceof String s) {
            text('S', s);
        } else if (value instanceof Boolean || value instanceof Integer || value instanceof Long) {
            text(value instanceof Boolean ? 'B' : 'I', value.toString());
        } else if (value instanceof Enum<?> e) {
            text('E', e.getDeclaringClass().getName() + '.' + e.name());
        } else if (value instanceof TemporalAccessor t) {
            text('T', t.getClass().getName() + '=' + t);
        } else if (value instanceof List<?> list) {
            text('L', Integer.toString(list.size()));
            list.forEach(this::add);
        } else if (value instanceof Record record) {
            text('R', record.getClass().getName());
            for (RecordComponent component : record.getClass().getRecordComponents()) {
                try {
                    add(component.getAccessor().invoke(record));
                } catch (ReflectiveOperationException e) {
                    throw new IllegalStateException("Cannot read " + component + " of " + record.getClass(), e);
                }
            }
        } else {
            throw new IllegalArgumentException("No exact encoding for " + value.getClass().getName());
        }
        return this;
    }

    /** The key, as 64 hexadecimal digits; the key cannot be added to afterwards. */
    public String hex() {
        return HexFormat.of().formatHex(digest.digest());
    }

    private void tag(char tag) {
        digest.update((byte) tag);
    }

    private void text(char tag, String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        tag(tag);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        tag(':');
        digest.update(bytes);
    }
}
