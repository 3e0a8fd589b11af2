package dev.colloquy.core.excerpt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * The bibliographic facts of an article and the citations built from them in the three styles teachers
 * use. Missing facts are left out the way each style leaves them out ("n.d." for an unknown date).
 *
 * @param author      who wrote the article or conducted the interview, as "Given Family", or null
 * @param interviewee whom the interview is with, or null
 */
public record Citation(String author, String interviewee, String title, String publication, LocalDate published,
        String url) {

    private static final DateTimeFormatter APA_DATE = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter MLA_DATE = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.ENGLISH);
    private static final DateTimeFormatter CHICAGO_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);

    /** APA 7: Family, G. (Year, Month Day). Title. Publication. URL */
    public String apa() {
        StringBuilder out = new StringBuilder();
        String lead = author != null ? apaName(author) : publication;
        if (lead != null) {
            out.append(lead).append(lead.endsWith(".") ? " " : ". ");
        }
        out.append('(').append(published == null ? "n.d." : published.format(APA_DATE)).append("). ");
        out.append(title).append(endsWithPunctuation(title) ? " " : ". ");
        if (publication != null && author != null) {
            out.append(publication).append(". ");
        }
        appendUrl(out, "");
        return out.toString().trim();
    }

    /** MLA 9: Family, Given. "Title." Publication, Day Mon. Year, URL. */
    public String mla() {
        StringBuilder out = new StringBuilder();
        if (author != null) {
            out.append(invertedName(author)).append(". ");
        }
        out.append('"').append(title).append(endsWithPunctuation(title) ? "\" " : ".\" ");
        if (publication != null) {
            out.append(publication).append(", ");
        }
        out.append(published == null ? "n.d." : published.format(MLA_DATE).replace("May.", "May"));
        if (url != null) {
            out.append(", ").append(url);
        }
        return endSentence(out);
    }

    /** Chicago (notes and bibliography): Family, Given. "Title." Publication, Month Day, Year. URL. */
    public String chicago() {
        StringBuilder out = new StringBuilder();
        if (author != null) {
            out.append(invertedName(author)).append(". ");
        }
        if (interviewee != null && author != null) {
            out.append("Interview with ").append(interviewee).append(". ");
        }
        out.append('"').append(title).append(endsWithPunctuation(title) ? "\" " : ".\" ");
        if (publication != null) {
            out.append(publication).append(", ");
        }
        out.append(published == null ? "n.d." : published.format(CHICAGO_DATE));
        if (url != null) {
            endSentence(out);
            out.append(' ').append(url);
        }
        return endSentence(out);
    }

    private static String endSentence(StringBuilder out) {
        if (out.charAt(out.length() - 1) != '.') {
            out.append('.');
        }
        return out.toString();
    }

    private void appendUrl(StringBuilder out, String after) {
        if (url != null) {
            out.append(url).append(after);
        }
    }

    private static boolean endsWithPunctuation(String text) {
        return text.endsWith("?") || text.endsWith("!") || text.endsWith(".");
    }

    /** "Ibrahim Hamidi" → "Hamidi, Ibrahim". */
    static String invertedName(String name) {
        int space = name.lastIndexOf(' ');
        return space < 0 ? name : name.substring(space + 1) + ", " + name.substring(0, space);
    }

    /** "Ibrahim Hamidi" → "Hamidi, I." */
    static String apaName(String name) {
        String[] parts = name.trim().split("\\s+");
        if (parts.length == 1) {
            return parts[0];
        }
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            initials.append(i == 0 ? "" : " ").append(parts[i].charAt(0)).append('.');
        }
        return parts[parts.length - 1] + ", " + initials;
    }
}
