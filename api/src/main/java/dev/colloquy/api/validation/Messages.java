package dev.colloquy.api.validation;

/**
 * The wording of the refusals that Bean Validation constraints give, so that every bound reads alike
 * wherever it is declared ("note is over the limit of 5000 characters"); {@link Violations} puts the field's
 * name in front.
 */
public final class Messages {

    public static final String TOO_LONG = "is over the limit of {max} characters";
    public static final String TOO_MANY = "has more than {max} items";
    public static final String OUT_OF_RANGE = "must be between {min} and {max}";

    private Messages() {}
}
