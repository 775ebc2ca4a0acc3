package io.aiva.core;

/** Something that must be unique (a slug, a user's e-mail) is taken; the input field says which. */
public class AlreadyExistsException extends RuntimeException {

    private final String field;

    public AlreadyExistsException(String field, String message) {
        super(message);
        this.field = field;
    }

    /** The input field whose value is taken. */
    public String field() {
        return field;
    }
}
