package dev.colloquy.api;

import static org.assertj.core.api.Assertions.assertThat;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Excerpts find their words again after their article is re-imported with edits, and say when they cannot. */
@QuarkusTest
class ExcerptAnchoringTest {

    @Inject
    TestData data;

    @Test
    void excerptsFollowTheirTextIntoANewRevision() {
        String original = SyntheticInterviews.article("anchoring " + UUID.randomUUID(), 4);
        String slug = ImportTestSupport.importText(original);
        List<Map<String, Object>> exchanges = Lessons.exchanges(slug);
        Map<String, Object> answer2 = Lessons.paragraph(exchanges.get(1), "answer", 0);
        String words = "We kept notes on part 2 and I still read them when I feel impatient.";
        int start = (int) answer2.get("start") + ((String) answer2.get("text")).indexOf(words);
        Map<String, Object> question3 = Lessons.paragraph(exchanges.get(2), "question", 0);

        String lesson = Lessons.create(GraphQL.BOB, "Patience");
        String passage = Lessons.addExchange(
                GraphQL.BOB, lesson, (String) exchanges.get(1).get("id"), start, start + words.length());
        String whole = Lessons.addExchange(
                GraphQL.BOB, lesson, (String) exchanges.get(3).get("id"), null, null);
        String lost = Lessons.addExchange(
                GraphQL.BOB, lesson, (String) exchanges.get(2).get("id"), (Integer) question3.get("start"), (Integer)
                        question3.get("end"));
        JsonPath before = Lessons.get(GraphQL.BOB, lesson);
        assertThat(before.<String>getList("data.lesson.excerpts.status")).containsOnly("UNCHANGED");
        int wholeStart = before.getInt("data.lesson.excerpts[1].selectors.position.start");

        // The lead paragraph (before every excerpt) gets five characters longer; question 3 is reworded.
        String edited = original.replace("for eleven years", "for twelve long years")
                .replace("in season 3?", "in season three?");
        String articleId = GraphQL.data("query($slug: String!) { article(slug: $slug) { id } }", Map.of("slug", slug))
                .getString("data.article.id");
        JsonPath reimport = GraphQL.as(GraphQL.EDITOR)
                .data(ImportTestSupport.IMPORT_REVISION, Map.of("text", edited, "revises", articleId));
        assertThat(reimport.getInt("data.importArticle.revision")).isEqualTo(2);
        assertThat(reimport.getString("data.importArticle.article.slug")).isEqualTo(slug);

        JsonPath after = Lessons.get(GraphQL.BOB, lesson);
        String source = data.sourceText(slug);
        assertThat(after.<String>getList("data.lesson.excerpts.id")).containsExactly(passage, whole, lost);
        assertThat(after.<String>getList("data.lesson.excerpts.status"))
                .containsExactly("RELOCATED", "RELOCATED", "NOT_FOUND");

        int newStart = after.getInt("data.lesson.excerpts[0].selectors.position.start");
        int newEnd = after.getInt("data.lesson.excerpts[0].selectors.position.end");
        assertThat(newStart).isEqualTo(start + 5);
        assertThat(source.substring(newStart, newEnd)).isEqualTo(words);
        assertThat(after.getString("data.lesson.excerpts[0].text")).isEqualTo(words);
        assertThat(after.getInt("data.lesson.excerpts[0].exchange.ordinal")).isEqualTo(2);

        assertThat(after.getInt("data.lesson.excerpts[1].selectors.position.start"))
                .isEqualTo(wholeStart + 9); // also after question 3, four characters longer
        assertThat(after.getInt("data.lesson.excerpts[1].exchange.ordinal")).isEqualTo(4);
        assertThat(after.getString("data.lesson.excerpts[1].text")).contains("part 4");

        assertThat(after.getString("data.lesson.excerpts[2].text")).contains("in season 3?");
        assertThat(after.getString("data.lesson.excerpts[2].selectors.position"))
                .isNull();
        assertThat(after.getString("data.lesson.excerpts[2].exchange")).isNull();
        assertThat(source).doesNotContain("in season 3?");
    }
}
