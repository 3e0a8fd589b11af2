package dev.colloquy.importer.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The place name that opens a paragraph set off by a colon or a dash: "Brussels: In an in-depth
 * interview…", "LONDON — …", "PARIS, March 3 (Reuters) - …". Read as the dateline, and weighed by the stages
 * that must not take such a paragraph for a standfirst or a turn.
 */
public final class Datelines {

    private static final Pattern DATELINE = Pattern.compile(
            "^(\\p{Lu}[\\p{L}.’'-]*(?:[ \\u00a0]\\p{Lu}[\\p{L}.’'-]*){0,3})"
                    + "(?:,[ \\u00a0][^:—–\\n]{1,30}?)?(?:[ \\u00a0]\\([^)]{1,30}\\))?[ \\u00a0]*(?::|—|–|[ \\u00a0]-)[ \\u00a0]");

    /** The place a paragraph opens with, and where in the paragraph it starts. */
    public record Dateline(String place, int start) {}

    private Datelines() {}

    /** The dateline opening the paragraph, or null when it has none. */
    public static Dateline find(String paragraph) {
        Matcher matcher = DATELINE.matcher(paragraph);
        return matcher.find() ? new Dateline(matcher.group(1), matcher.start(1)) : null;
    }

    /** The place a paragraph's dateline names, or null when it has none. */
    public static String placeOf(String paragraph) {
        Dateline dateline = find(paragraph);
        return dateline == null ? null : dateline.place();
    }
}
