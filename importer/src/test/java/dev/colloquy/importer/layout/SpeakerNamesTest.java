package dev.colloquy.importer.layout;

import static org.assertj.core.api.Assertions.assertThat;

import dev.colloquy.importer.transcript.TurnLabels;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class SpeakerNamesTest {

    private static SpeakerNames names(String prose, String... turns) {
        return new SpeakerNames(Stream.of(turns).map(TurnLabels::read).toList(), prose);
    }

    @Test
    void initialsInParenthesesAndLaterShortFormsNameTheSamePerson() {
        SpeakerNames names = names(
                "",
                "Frederico Muñoz (FSM): Hello.",
                "Xing Yang (XY): I lead.",
                "FSM: And?",
                "XY: Yes.",
                "Mr Muñoz: Thanks.");
        assertThat(names.canonical("FSM")).isEqualTo("Frederico Muñoz");
        assertThat(names.canonical("XY")).isEqualTo("Xing Yang");
        assertThat(names.canonical("Mr Muñoz")).isEqualTo("Frederico Muñoz");
        assertThat(names.displayName("XY")).isEqualTo("Xing Yang");
        assertThat(names.role("XY")).isNull();
    }

    @Test
    void surnameAndInitialLabelsAreCompletedFromTheArticle() {
        SpeakerNames names = names(
                "Press Briefing by Press Secretary Jen Psaki\n\nIn the studio, we spoke with Jean Pierre about maps.",
                "MS. PSAKI: Hi.",
                "JP: Hello.",
                "MR. NOBODY: Hm.");
        assertThat(names.displayName("MS. PSAKI")).isEqualTo("Jen Psaki");
        assertThat(names.displayName("JP")).isEqualTo("Jean Pierre");
        assertThat(names.displayName("MR. NOBODY")).isEqualTo("Mr. Nobody");
    }

    @Test
    void aShortGivenNameIsTheOnePersonWhoseGivenNameItBegins() {
        SpeakerNames names = names(
                "We met Benjamin Elder and Dana Wu. Later Daniel Ross and Danielle Roy joined.",
                "Ben: Hi.",
                "Dan: Hello.",
                "DM & RL: Both of us.",
                "DM: Me first.");
        assertThat(names.displayName("Ben")).isEqualTo("Benjamin Elder");
        assertThat(names.displayName("Dan"))
                .as("a Daniel and a Danielle: no telling")
                .isEqualTo("Dan");
        assertThat(names.canonical("DM")).as("not the joint label it begins").isEqualTo("DM");
    }

    @Test
    void aContractionIsNoGivenNameAndAShortFormMayDropTheAccents() {
        // Sentences of two godot-showcase interviews (development corpus).
        SpeakerNames names = names(
                "We interviewed Frédéric Plourde and Daniel Castellanos who used Godot.\n\n"
                        + "I’m Tom Coxon, and I’m the other 50% of Bytten Studio.",
                "Tom: I’m Tom Coxon.", "Fred: SOMAR is a non-profit organization.", "Daniel: Not really!");
        assertThat(names.displayName("Tom")).as("not 'I’m Tom'").isEqualTo("Tom Coxon");
        assertThat(names.displayName("Fred")).isEqualTo("Frédéric Plourde");
        assertThat(names.displayName("Daniel")).isEqualTo("Daniel Castellanos");
    }

    @Test
    void anOfficeIsTheNameTheArticleGivesItsHolder() {
        SpeakerNames names = names(
                "Remarks by President Biden before Marine One departure",
                "THE PRESIDENT: Hello.",
                "THE FIRST LADY: Hi.");
        // as the article names him: the reference data lists no people to complete the name from
        assertThat(names.displayName("THE PRESIDENT")).isEqualTo("President Biden");
        assertThat(names.displayName("THE FIRST LADY")).isEqualTo("The First Lady"); // named nowhere: kept
    }

    @Test
    void differentPeopleStayApart() {
        SpeakerNames names = names("", "Jane Doe: Hi.", "John Roe: Hello.", "Jane: Yes.", "Roe: No.");
        assertThat(List.of(names.canonical("Jane"), names.canonical("Roe"))).containsExactly("Jane Doe", "John Roe");
    }
}
