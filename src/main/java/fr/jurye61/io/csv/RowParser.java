package fr.jurye61.io.csv;

import fr.jurye61.domain.SourceRef;

/** Turns one data row of an input CSV into a domain record, or says why it cannot. */
@FunctionalInterface
public interface RowParser<T> {
    T parse(Fields fields, SourceRef source) throws InvalidValueException;
}
