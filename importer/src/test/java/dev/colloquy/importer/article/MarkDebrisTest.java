package dev.colloquy.importer.article;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MarkDebrisTest {

    private static String reason(String text) {
        return MarkDebris.reason(text.toLowerCase(), dev.colloquy.importer.text.Prose.wordCount(text));
    }

    @Test
    void recognisesTheCommonKindsOfPageDebris() {
        assertThat(reason("Like this? Sign up for our free Friday newsletter, straight to your inbox."))
                .isEqualTo("newsletter plug");
        assertThat(reason("Read more: The harbour that moved inland")).isEqualTo("related-article promo");
        assertThat(reason("Share this interview on social media")).isEqualTo("share prompt");
        assertThat(reason("Comments are moderated. Please read our community guidelines."))
                .isEqualTo("community footer");
        assertThat(reason("Advertisement")).isEqualTo("advertisement");
        assertThat(reason("Published 3 March 2026 · 5 min read")).isEqualTo("metadata header");
        assertThat(reason("![A kiln](kiln.jpg)")).isEqualTo("image markup");
        assertThat(reason("Photograph: Ana Ruiz for the Courier")).isEqualTo("image credit");
    }

    @Test
    void leavesProseAloneEvenWhenItMentionsTheSameWords() {
        assertThat(reason("I stopped reading the newsletter years ago; my inbox was full of my own mistakes, and "
                        + "I had to read more carefully."))
                .isNull();
        assertThat(reason("We published the first results in March, and the reading took a year."))
                .isNull();
    }
}
