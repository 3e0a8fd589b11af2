package dev.colloquy.api.graphql.cache;

import static org.assertj.core.api.Assertions.assertThat;

import graphql.language.Document;
import graphql.language.OperationDefinition;
import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

/** Which operations' answers may be kept: queries that read or search the corpus only, never lessons or viewer. */
class ReadCacheFieldsTest {

    @Test
    void corpusReadsMayBeKept() {
        assertThat(kept("query Reader($s: String!) { article(slug: $s) { headline } }"))
                .isTrue();
        assertThat(kept("{ articles { totalCount } exchanges(first: 3) { nodes { ordinal } } __typename }"))
                .isTrue();
        assertThat(kept("{ entities { nodes { name } } quotes { nodes { text } } }"))
                .isTrue();
        assertThat(kept("{ search(query: \"nato\") { totalCount } articles { totalCount } }"))
                .isTrue();
    }

    @Test
    void whatMayDependOnTheCallerOrChangesDataIsNeverKept() {
        assertThat(kept("{ lessons { nodes { title } } }")).isFalse();
        assertThat(kept("{ viewer { name } }")).isFalse();
        assertThat(kept("{ node(id: \"TGVzc29uOjE\") { id } }")).isFalse();
        assertThat(kept("mutation { rebuildSearchIndex { texts } }")).isFalse();
        assertThat(kept("{ articles { totalCount } lessons { totalCount } }")).isFalse();
        assertThat(kept("query { ...Root } fragment Root on Query { articles { totalCount } }"))
                .isFalse();
    }

    private static boolean kept(String query) {
        Document document = Parser.parse(query);
        OperationDefinition operation =
                document.getDefinitionsOfType(OperationDefinition.class).get(0);
        return ReadCache.readsOnlyTheCorpus(operation);
    }
}
