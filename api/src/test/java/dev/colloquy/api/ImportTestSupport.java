package dev.colloquy.api;

import java.util.Map;

/** Imports articles through the public mutation, as a client signed in as an editor would. */
public final class ImportTestSupport {

    static final String IMPORT = """
            mutation Import($text: String!, $sourceUrl: String) {
              importArticle(text: $text, sourceUrl: $sourceUrl) {
                created revision exchangeCount
                article { id slug headline revision }
                warnings { code message line }
              }
            }""";

    /** IMPORT with every argument that says which article a text belongs to. */
    static final String IMPORT_REVISION = """
            mutation Import($text: String!, $sourceUrl: String, $name: String, $revises: ID) {
              importArticle(text: $text, sourceUrl: $sourceUrl, name: $name, revises: $revises) {
                created revision exchangeCount
                article { id slug headline revision }
              }
            }""";

    private ImportTestSupport() {}

    /** Imports a text and returns the new or existing article's slug. */
    public static String importText(String text) {
        return GraphQL.as(GraphQL.EDITOR)
                .data(IMPORT, Map.of("text", text))
                .getString("data.importArticle.article.slug");
    }

    public static int articleCount() {
        return GraphQL.data("{ articles(first: 1) { totalCount } }").getInt("data.articles.totalCount");
    }
}
