package io.veille.indexer.query;

/** A parameter the user gave is not acceptable; the message says which and why, in words fit for a user. */
public final class InvalidParameterException extends IllegalArgumentException {
    private final String parameter;

    public InvalidParameterException(String parameter, String message) {
        super(message);
        this.parameter = parameter;
    }

    public String parameter() {
        return parameter;
    }
}
