package dev.colloquy.importer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.TrickyText;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Searching only the lines that hold the name finds what the speaker-name patterns find over the whole prose:
 * the same matches, groups and offsets, in the same order, with the name in any case and at line ends.
 */
class LineMatchesProperties {

    @Provide
    static Arbitrary<String> prose() {
        return TrickyText.with(
                40,
                "\n\n",
                "Jen",
                "jen",
                "JEN",
                "Psaki",
                "PSAKI",
                "psaki",
                "Psakis",
                "MS.",
                "J.",
                "President",
                "President Biden",
                "Mr.");
    }

    @Provide
    static Arbitrary<String> names() {
        return Arbitraries.of("Psaki", "Jen", "President", "Psaki Jen", "s", "İ");
    }

    @Property
    void givenNamesAsOverTheWholeProse(@ForAll("prose") String prose, @ForAll("names") String name) {
        Pattern pattern = Pattern.compile(
                "(\\p{Lu}[\\p{L}\\p{M}’'-]+)[ \\u00a0]+(?:\\p{Lu}\\.[ \\u00a0]+)?(" + Pattern.quote(name) + ")\\b",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        assertSame(LineMatches.find(pattern, prose, name, true), pattern.matcher(prose));
    }

    @Property
    void longerNamesAsOverTheWholeProse(@ForAll("prose") String prose, @ForAll("names") String name) {
        Pattern pattern =
                Pattern.compile("\\b(" + Pattern.quote(name) + "\\p{Ll}+)[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{M}’'-]+)");
        assertSame(LineMatches.find(pattern, prose, name, false), pattern.matcher(prose));
    }

    private static void assertSame(List<MatchResult> byLines, Matcher whole) {
        List<String> expected = new ArrayList<>();
        while (whole.find()) {
            expected.add(describe(whole));
        }
        assertThat(byLines.stream().map(LineMatchesProperties::describe).toList())
                .isEqualTo(expected);
    }

    private static String describe(MatchResult match) {
        StringBuilder out = new StringBuilder(match.start() + "-" + match.end());
        for (int group = 0; group <= match.groupCount(); group++) {
            out.append('|').append(match.group(group));
        }
        return out.toString();
    }
}
