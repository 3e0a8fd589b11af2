package dev.colloquy.api;

import java.util.List;

/**
 * Short made-up interview articles for import tests, in the unlabelled layout of the sample: a headline,
 * a lead paragraph, then questions (ending in '?') and longer first-person answers, one paragraph each.
 */
public final class SyntheticInterviews {

    private static final List<String> TOPICS = List.of(
            "the harbour",
            "the old library",
            "river ferries",
            "winter markets",
            "the hill orchards",
            "night trains",
            "the glass workshop",
            "coastal paths",
            "the printing press",
            "school gardens");

    private SyntheticInterviews() {}

    /** An interview about a made-up subject with the given number of exchanges; tag makes the headline unique. */
    public static String article(String tag, int exchanges) {
        return article(tag, exchanges, "");
    }

    /**
     * A different text under the same headline: the lead also says where the interview took place, so that
     * articles which share a headline (and its slug) can be made.
     */
    public static String article(String tag, int exchanges, String place) {
        StringBuilder text = new StringBuilder();
        text.append("Talking shop with Elna Varga about ")
                .append(tag)
                .append('\n')
                .append('\n');
        text.append("Elna Varga has run the town's cooperative workshop for eleven years. We met her at the workshop")
                .append(place.isEmpty() ? "" : " in " + place)
                .append(" to ask about ")
                .append(tag)
                .append(", about the people who keep it going and about")
                .append(" what the next few seasons may bring.\n\n");
        for (int i = 1; i <= exchanges; i++) {
            String topic = TOPICS.get(i % TOPICS.size());
            text.append(question(i, topic)).append("\n\n");
            text.append(answer(i, topic)).append("\n\n");
        }
        return text.toString();
    }

    private static String question(int i, String topic) {
        return switch (i % 3) {
            case 0 -> "What did you learn from " + topic + " in season " + i + "?";
            case 1 -> "How do you see the future of " + topic + " after step " + i + "?";
            default -> "Why does " + topic + " still matter to you, " + i + " years on?";
        };
    }

    private static String answer(int i, String topic) {
        return "I think " + topic + " taught me patience more than anything else. When I started, I wanted every"
                + " change to happen at once, and I was often disappointed. Over time I learned that we move at the"
                + " speed of the slowest volunteer, and that this is not a weakness. We kept notes on part " + i
                + " and I still read them when I feel impatient. My colleagues would say the same, I believe.";
    }
}
