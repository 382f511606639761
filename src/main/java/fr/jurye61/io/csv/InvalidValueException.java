package fr.jurye61.io.csv;

import fr.jurye61.domain.RejectionCode;

/** A value that cannot be accepted; the message is French and names the field and the value. */
public class InvalidValueException extends Exception {
    private final RejectionCode code;

    public InvalidValueException(RejectionCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public RejectionCode code() {
        return code;
    }
}
