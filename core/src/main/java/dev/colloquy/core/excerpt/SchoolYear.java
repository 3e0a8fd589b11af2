package dev.colloquy.core.excerpt;

/**
 * The school year in England and Wales that matches a US grade. Children start Year 1 at five and US grade 1
 * at six, so US grade g is Year g + 1 (grade 8 ≈ Year 9, grade 12 ≈ Year 13). A Flesch–Kincaid grade is a
 * reading grade, so the year is the one whose pupils could read the text, not a curriculum level; Scotland
 * and Northern Ireland number their years differently.
 */
public final class SchoolYear {

    /** Year 13 is the last school year; harder texts are for university readers. */
    public static final int LAST = 13;

    private SchoolYear() {}

    /** The UK year for a Flesch–Kincaid grade, from 1 to 13 (13 also for anything harder). */
    public static int ofGrade(double fleschKincaidGrade) {
        long year = Math.round(fleschKincaidGrade) + 1;
        return (int) Math.max(1, Math.min(LAST, year));
    }

    /** "Year 9", or "Year 13+" for a text beyond school level. */
    public static String label(double fleschKincaidGrade) {
        return "Year " + ofGrade(fleschKincaidGrade) + (Math.round(fleschKincaidGrade) + 1 > LAST ? "+" : "");
    }
}
