package dev.colloquy.importer.text;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

/** Dates as front matter and page metadata give them: ISO dates or timestamps ("2026-03-14T09:00:00Z"). */
public final class IsoDates {

    private IsoDates() {}

    /** The calendar date at the start of an ISO date or timestamp, or null when it does not start with one. */
    public static LocalDate dateOf(String value) {
        String trimmed = value.strip();
        if (trimmed.length() < 10) {
            return null;
        }
        try {
            return LocalDate.parse(trimmed.substring(0, 10));
        } catch (DateTimeParseException notADate) {
            return null;
        }
    }
}
