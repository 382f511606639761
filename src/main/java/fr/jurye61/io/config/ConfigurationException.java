package fr.jurye61.io.config;

/** A configuration error: the run stops before writing anything (exit code 2). */
public class ConfigurationException extends RuntimeException {
    public ConfigurationException(String message) {
        super(message);
    }

    public ConfigurationException(String message, Throwable cause) {
        super(message, cause);
    }
}
