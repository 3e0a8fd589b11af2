package dev.colloquy.api;

import io.restassured.path.json.JsonPath;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** The lesson operations the tests share, sent as a given user. */
final class Lessons {

    static final String LESSON_FIELDS = """
            id title introduction owner published editable
            excerpts { id position status wholeExchange text question speaker wordCount note discussionQuestions
              selectors { quote { type exact prefix suffix } position { type start end } }
              readingLevel { fleschKincaidGrade fleschReadingEase words sentences syllables }
              citations { apa mla chicago }
              comparison { quoted passage speaker similarity }
              article { slug } exchange { ordinal } }
            vocabulary { word definition }""";

    static final String CREATE =
            "mutation($t: String!) { createLesson(title: $t, introduction: \"For year 10.\") { id } }";
    static final String ADD = "mutation($in: AddExcerptInput!) { addExcerpt(input: $in) { id position status text } }";
    static final String GET = "query($id: ID!) { lesson(id: $id) { " + LESSON_FIELDS + " } }";
    static final String RENAME = "mutation($id: ID!, $t: String!) { renameLesson(id: $id, title: $t) { title } }";
    static final String PUBLISH =
            "mutation($id: ID!, $p: Boolean) { publishLesson(id: $id, published: $p) { published } }";
    static final String DELETE = "mutation($id: ID!) { deleteLesson(id: $id) }";
    static final String REORDER =
            "mutation($id: ID!, $ids: [String!]!) { reorderExcerpts(lessonId: $id, excerptIds: $ids) { id } }";
    static final String REMOVE = "mutation($id: ID!) { removeExcerpt(id: $id) { id } }";
    static final String ANNOTATE =
            "mutation($id: ID!, $n: String, $q: [String]) { annotateExcerpt(id: $id, note: $n, discussionQuestions: $q) { note } }";
    static final String VOCABULARY =
            "mutation($id: ID!, $terms: [VocabularyTermInput!]!) { setVocabulary(lessonId: $id, terms: $terms) { id } }";

    private Lessons() {}

    static String create(String user, String title) {
        return GraphQL.as(user).data(CREATE, Map.of("t", title)).getString("data.createLesson.id");
    }

    static String addExchange(String user, String lessonId, String exchangeId, Integer start, Integer end) {
        Map<String, Object> input = new HashMap<>(Map.of("lessonId", lessonId, "exchangeId", exchangeId));
        if (start != null) {
            input.put("start", start);
            input.put("end", end);
        }
        return GraphQL.as(user).data(ADD, Map.of("in", input)).getString("data.addExcerpt.id");
    }

    static JsonPath get(String user, String lessonId) {
        return GraphQL.as(user).data(GET, Map.of("id", lessonId));
    }

    /** The sample's exchanges: id, ordinal and answer paragraphs, by ordinal. */
    static List<Map<String, Object>> exchanges(String slug) {
        return GraphQL.data("""
                query($slug: String!) { exchanges(first: 100, filter: {articleSlug: $slug}) {
                  nodes { id ordinal question { paragraphs { text start end } } answer { paragraphs { text start end } } } } }""", Map.of("slug", slug)).getList("data.exchanges.nodes");
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> paragraph(Map<String, Object> exchange, String side, int index) {
        Map<String, Object> turn = (Map<String, Object>) exchange.get(side);
        return ((List<Map<String, Object>>) turn.get("paragraphs")).get(index);
    }
}
