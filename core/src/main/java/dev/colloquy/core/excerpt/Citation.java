package dev.colloquy.core.excerpt;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The bibliographic facts of an article and its citations in the three styles teachers use. An article
 * around an interview is cited as a published interview: the interviewee first, "Interview by" the
 * interviewer, the publication's name in italics. Without an interviewee it is an ordinary article by its
 * author. A missing fact is left out the way each style leaves it out; "n.d." stands only for a date that
 * is truly unknown (APA and Chicago; MLA 9 omits it).
 *
 * @param interviewee whom the interview is with, as "Given Family", or null
 * @param interviewer who asked the questions, or null
 * @param author      the article's byline, or null; credited as the interviewer when none is known
 */
public record Citation(
        String interviewee,
        String interviewer,
        String author,
        String title,
        String publication,
        LocalDate published,
        String url) {

    private static final DateTimeFormatter APA_DATE = DateTimeFormatter.ofPattern("yyyy, MMMM d", Locale.ENGLISH);
    private static final DateTimeFormatter CHICAGO_DATE = DateTimeFormatter.ofPattern("MMMM d, yyyy", Locale.ENGLISH);
    /** MLA 9 abbreviates months of more than four letters, except June and July (MLA Handbook 9, 9.23). */
    private static final String[] MLA_MONTHS = {
        "Jan.", "Feb.", "Mar.", "Apr.", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."
    };

    /** One run of a citation's text; italic marks a title in italics (the publication). */
    public record Part(String text, boolean italic) {}

    /** A citation as runs of text, so each format can set the italics its own way. */
    public record Styled(List<Part> parts) {

        public Styled {
            parts = List.copyOf(parts);
        }

        /** The citation as plain text, italics dropped. */
        public String plain() {
            StringBuilder out = new StringBuilder();
            parts.forEach(p -> out.append(p.text()));
            return out.toString();
        }
    }

    /** APA 7: Interviewee, I. (Year, Month Day). Interview by A. Interviewer. Title. <i>Publication</i>. URL */
    public Styled apa() {
        Runs out = new Runs();
        String lead = lead() == null ? null : apaName(lead());
        if (lead != null) {
            out.sentence(lead);
        } else {
            out.sentence(title);
        }
        out.text("(" + (published == null ? "n.d." : published.format(APA_DATE)) + "). ");
        if (interviewee != null && credited() != null) {
            out.sentence("Interview by " + initialsFirst(credited()));
        }
        if (lead != null) {
            out.sentence(title);
        }
        if (publication != null) {
            out.italic(publication).text(". ");
        }
        if (url != null) {
            out.text(url);
        }
        return out.trimmed();
    }

    /** MLA's and Chicago's shared opening: Interviewee, Given. "Title." Interview by Given Family. */
    private Runs interviewOpening() {
        Runs out = new Runs();
        if (lead() != null) {
            out.sentence(invertedName(lead()));
        }
        out.text("\u201C" + title + (endsWithPunctuation(title) ? "\u201D " : ".\u201D "));
        if (interviewee != null && credited() != null) {
            out.sentence("Interview by " + credited());
        }
        return out;
    }

    /** MLA 9: Interviewee, Given. "Title." Interview by Given Family. <i>Publication</i>, Day Mon. Year, URL. */
    public Styled mla() {
        Runs out = interviewOpening();
        List<String> after = new ArrayList<>();
        if (published != null) {
            after.add(published.getDayOfMonth() + " " + MLA_MONTHS[published.getMonthValue() - 1] + " "
                    + published.getYear());
        }
        if (url != null) {
            after.add(url);
        }
        if (publication != null) {
            out.italic(publication);
            out.text(after.isEmpty() ? "" : ", " + String.join(", ", after));
        } else {
            out.text(String.join(", ", after));
        }
        return out.ended();
    }

    /** Chicago 17 (bibliography): Interviewee, Given. "Title." Interview by Given Family. <i>Publication</i>, Month Day, Year. URL. */
    public Styled chicago() {
        Runs out = interviewOpening();
        String date = published == null ? "n.d." : published.format(CHICAGO_DATE);
        if (publication != null) {
            out.italic(publication).text(", ");
        }
        out.text(date.endsWith(".") ? date : date + ".");
        if (url != null) {
            out.text(" " + url);
        }
        return out.ended();
    }

    /** Who comes first: the interviewee of an interview, else the byline, else the interviewer. */
    private String lead() {
        return interviewee != null ? interviewee : credited();
    }

    /** Who is credited for the interview (or the article): the interviewer, else the byline. */
    private String credited() {
        return interviewer != null ? interviewer : author;
    }

    private static boolean endsWithPunctuation(String text) {
        return text.endsWith("?") || text.endsWith("!") || text.endsWith(".");
    }

    /** "Ibrahim Hamidi" → "Hamidi, Ibrahim". */
    static String invertedName(String name) {
        String trimmed = name.trim();
        int space = trimmed.lastIndexOf(' ');
        return space < 0 ? trimmed : trimmed.substring(space + 1) + ", " + trimmed.substring(0, space);
    }

    /** "Ibrahim Hamidi" → "Hamidi, I." */
    static String apaName(String name) {
        String[] parts = name.trim().split("\\s+");
        return parts.length == 1 ? parts[0] : parts[parts.length - 1] + ", " + initials(parts);
    }

    /** "Ibrahim Hamidi" → "I. Hamidi" (APA credits a non-author contributor initials first). */
    static String initialsFirst(String name) {
        String[] parts = name.trim().split("\\s+");
        return parts.length == 1 ? parts[0] : initials(parts) + " " + parts[parts.length - 1];
    }

    private static String initials(String[] parts) {
        StringBuilder initials = new StringBuilder();
        for (int i = 0; i < parts.length - 1; i++) {
            initials.append(i == 0 ? "" : " ").append(parts[i].charAt(0)).append('.');
        }
        return initials.toString();
    }

    /** Builds the runs of one citation; plain text next to plain text is one run. */
    private static final class Runs {

        private final List<Part> parts = new ArrayList<>();

        Runs text(String text) {
            if (!text.isEmpty()) {
                int last = parts.size() - 1;
                if (last >= 0 && !parts.get(last).italic()) {
                    parts.set(last, new Part(parts.get(last).text() + text, false));
                } else {
                    parts.add(new Part(text, false));
                }
            }
            return this;
        }

        Runs italic(String text) {
            parts.add(new Part(text, true));
            return this;
        }

        /** The text as a sentence of its own: a full stop after it unless it ends in one already. */
        Runs sentence(String text) {
            return text(text + (endsWithPunctuation(text) ? " " : ". "));
        }

        Styled trimmed() {
            int last = parts.size() - 1;
            if (last >= 0 && !parts.get(last).italic()) {
                parts.set(last, new Part(parts.get(last).text().stripTrailing(), false));
            }
            return new Styled(parts);
        }

        /** Ends the citation with a full stop (after a URL too, as MLA and Chicago do). */
        Styled ended() {
            Styled trimmed = trimmed();
            return trimmed.plain().endsWith(".") ? trimmed : text(".").trimmed();
        }
    }
}
