package dev.colloquy.importer.text;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.TrickyText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Searching only the lines that hold one of a pattern's words finds what the pattern finds over the whole text, for
 * patterns shaped like the participant stage's: a case-blind alternation, a multi-line {@code ^}, word boundaries
 * and names in capitals, on text with every kind of line break and case.
 */
class LineSearchProperties {

    private static final Pattern TOLD = Pattern.compile(
            "(?i:in an? (?:[\\p{L}-]+ )?interview with|told|tells|spoke to)[ \\u00a0]+(?:the[ \\u00a0]+)?"
                    + "(\\p{Lu}[\\p{L}.-]*(?:[ \\u00a0]+\\p{Lu}[\\p{L}.-]*){0,3})(?:[ \\u00a0]+(\\p{Ll}+))?");
    private static final Pattern BYLINE = Pattern.compile(
            "(?:(?i:interviewed by|words by)|^By)[ \\u00a0]+(\\p{Lu}\\p{L}+ \\p{Lu}\\p{L}+)\\b", Pattern.MULTILINE);

    @Provide
    static Arbitrary<String> texts() {
        return TrickyText.with(
                40,
                "told",
                "TOLD",
                "Told",
                "tells",
                "spoke to",
                "in an interview with",
                "In a long interview with",
                "By",
                "by",
                "BY",
                "Interviewed by",
                "words BY",
                "the",
                "The Herald",
                "Jane Doe",
                "NATO",
                "reporters",
                "K");
    }

    @Property
    void toldAsOverTheWholeText(@ForAll("texts") String text) {
        List<String> words = List.of("interview with", "told", "tell", "spoke");
        assertThat(describe(new LineSearch(text).matches(TOLD, words))).isEqualTo(whole(TOLD.matcher(text)));
    }

    @Property
    void bylineAsOverTheWholeText(@ForAll("texts") String text) {
        List<String> words = List.of("interviewed by", "words by", "by");
        List<String> expected = whole(BYLINE.matcher(text));
        MatchResult first = new LineSearch(text).first(BYLINE, words);
        assertThat(first == null ? List.of() : describe(List.of(first)))
                .isEqualTo(expected.isEmpty() ? List.of() : expected.subList(0, 1));
        assertThat(describe(new LineSearch(text).matches(BYLINE, words))).isEqualTo(expected);
    }

    private static List<String> whole(Matcher matcher) {
        List<MatchResult> found = new ArrayList<>();
        while (matcher.find()) {
            found.add(matcher.toMatchResult());
        }
        return describe(found);
    }

    private static List<String> describe(List<MatchResult> matches) {
        List<String> described = new ArrayList<>();
        for (MatchResult match : matches) {
            StringBuilder out = new StringBuilder(match.start() + "-" + match.end());
            for (int group = 0; group <= match.groupCount(); group++) {
                out.append('|').append(match.group(group));
            }
            described.add(out.toString());
        }
        return described;
    }
}
