package dev.colloquy.api.search;

import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.search.IndexHit.Found;
import dev.colloquy.api.search.IndexHit.RawSnippet;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.queryparser.simple.SimpleQueryParser;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The full-text index over exchanges, quotes and lead paragraphs, kept on disk beside the database (or in memory
 * when no directory is configured). The database stays the only source of truth: every commit of the index records
 * the {@link IndexState} it reflects (its schema version, the database it follows and the last change of that
 * database's change log it applied), and {@link IndexSync} brings it up to date from there. Ranking is Lucene's
 * BM25; the words of an unquoted query found close together count extra, so "missile defense" puts a text saying
 * "missile defence" above one that merely says both words far apart.
 */
@ApplicationScoped
public class SearchIndex {

    /**
     * The version of what the index holds: its fields, their options and the analyzer ({@link CorpusAnalyzer} with
     * its spelling folding). Raise it with any change to them: an index of another version is rebuilt on start.
     */
    public static final int VERSION = 1;

    static final String TEXT = "text";
    private static final String ID = "id";
    private static final String KIND = "kind";
    private static final String KEY = "key";
    private static final String ARTICLE = "article";
    private static final String SPEAKER = "speaker";
    private static final String ENTITY = "entity";
    private static final String SEGMENTS = "segments";

    /** How far apart the words of an unquoted query may be and still earn the nearness bonus. */
    private static final int NEAR_SLOP = 2;

    private static final float NEAR_BOOST = 2f;
    /** Characters of the simple query syntax; a query using any of them is taken as the user wrote it. */
    private static final String OPERATORS = "\"+-|*~()";

    /** Offsets in the postings let the highlighter report exact character offsets without re-analysis. */
    private static final FieldType TEXT_TYPE = new FieldType();

    static {
        TEXT_TYPE.setTokenized(true);
        TEXT_TYPE.setStored(true);
        TEXT_TYPE.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        TEXT_TYPE.freeze();
    }

    private final Analyzer analyzer = new CorpusAnalyzer();
    private Directory directory;
    private IndexWriter writer;
    private SearcherManager searchers;

    /** Where the index lives; unset (the tests), it lives in memory and is built from the database on each start. */
    @ConfigProperty(name = "colloquy.search.index-dir")
    Optional<Path> indexDir;

    @PostConstruct
    void open() {
        try {
            directory = indexDir.isPresent() ? FSDirectory.open(indexDir.get()) : new ByteBuffersDirectory();
            writer = new IndexWriter(directory, config());
            searchers = new SearcherManager(writer, null);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot open the search index at " + indexDir.map(Path::toAbsolutePath), e);
        }
    }

    /**
     * Never commits on close: only {@link #commit} commits, with the state it reaches, so that a rebuild or catch-up
     * cut short by a stop leaves the last commit (texts and state agreeing) as it was.
     */
    private IndexWriterConfig config() {
        return new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setCommitOnClose(false);
    }

    @PreDestroy
    void close() throws IOException {
        searchers.close();
        writer.close();
        directory.close();
    }

    /** What the last commit of the index reflects; empty for a new index. */
    public Optional<IndexState> state() {
        return IndexState.of(writer.getLiveCommitData());
    }

    /**
     * The version of the texts searches see now; it grows with every commit. A search run later sees this
     * version or a newer one, never an older one.
     */
    public long version() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return ((DirectoryReader) searcher.getIndexReader()).getVersion();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** How many texts the index holds as last committed. */
    public int size() {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return searcher.getIndexReader().numDocs();
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Drops every text; searches see the old ones until the next {@link #commit}. */
    void clear() {
        try {
            writer.deleteAll();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Replaces one article's texts with these; searches see the change from the next {@link #commit}. */
    void replace(long articleKey, List<SearchDocument> documents) {
        try {
            writer.deleteDocuments(new Term(ARTICLE, Long.toString(articleKey)));
            add(documents);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Makes the changes durable together with the state they reach, and visible to searches. */
    void commit(IndexState state) {
        try {
            writer.setLiveCommitData(state.asMap().entrySet());
            writer.commit();
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void add(List<SearchDocument> documents) throws IOException {
        for (SearchDocument d : documents) {
            Document doc = new Document();
            doc.add(new StringField(ID, d.kind() + ":" + d.key(), Field.Store.NO));
            doc.add(new StringField(KIND, d.kind().name(), Field.Store.YES));
            doc.add(new StoredField(KEY, d.key()));
            doc.add(new StringField(ARTICLE, Long.toString(d.articleKey()), Field.Store.YES));
            d.speakers().forEach(s -> doc.add(new StringField(SPEAKER, normalise(s), Field.Store.NO)));
            d.entities().forEach(e -> doc.add(new StringField(ENTITY, Long.toString(e), Field.Store.NO)));
            doc.add(new StoredField(SEGMENTS, Segment.encode(d.segments())));
            doc.add(new Field(TEXT, d.text(), TEXT_TYPE));
            writer.addDocument(doc);
        }
    }

    /** The hits ranked offset+1 … offset+count, with their best snippets, and the total number of hits. */
    public Found search(SearchQuery request, int offset, int count) {
        Query query = query(request);
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                // One pass ranks the page and counts every hit exactly (no threshold on the count).
                TopDocs top = searcher.search(
                        query, new TopScoreDocCollectorManager(Math.max(1, offset + count), null, Integer.MAX_VALUE));
                int total = Math.toIntExact(top.totalHits.value);
                if (count == 0 || offset >= total) {
                    return new Found(List.of(), total);
                }
                ScoreDoc[] page =
                        Arrays.copyOfRange(top.scoreDocs, Math.min(offset, top.scoreDocs.length), top.scoreDocs.length);
                int[] docIds = new int[page.length];
                for (int i = 0; i < page.length; i++) {
                    docIds[i] = page[i].doc;
                }
                Object[] snippets = highlighter(searcher).snippets(query, docIds, new int[] {3});
                List<IndexHit> hits = new ArrayList<>(page.length);
                for (int i = 0; i < page.length; i++) {
                    Document doc = searcher.storedFields().document(page[i].doc);
                    String text = doc.get(TEXT);
                    RawSnippet snippet = snippets[i] instanceof RawSnippet raw
                            ? raw
                            : new RawSnippet(0, Math.min(text.length(), 200), List.of());
                    hits.add(new IndexHit(
                            SearchHitKind.valueOf(doc.get(KIND)),
                            doc.getField(KEY).numericValue().longValue(),
                            Long.parseLong(doc.get(ARTICLE)),
                            page[i].score,
                            text,
                            Segment.decode(doc.get(SEGMENTS)),
                            snippet));
                }
                return new Found(hits, total);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private OffsetHighlighter highlighter(IndexSearcher searcher) {
        return new OffsetHighlighter(UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new OffsetPassageFormatter())
                .withMaxLength(Integer.MAX_VALUE - 1));
    }

    /** Exposes the highlighter's formatter objects (our offsets) rather than its formatted strings. */
    private static final class OffsetHighlighter extends UnifiedHighlighter {

        OffsetHighlighter(Builder builder) {
            super(builder);
        }

        Object[] snippets(Query query, int[] docIds, int[] maxPassages) throws IOException {
            return highlightFieldsAsObjects(new String[] {TEXT}, query, docIds, maxPassages)
                    .get(TEXT);
        }
    }

    Query query(SearchQuery request) {
        String text = request.text() == null ? "" : request.text().strip();
        if (text.isEmpty()) {
            throw new BadUserInputException("query is empty: type some words, or a \"quoted phrase\"");
        }
        Query words = new SimpleQueryParser(analyzer, TEXT).parse(text);
        if (words == null) {
            words = new MatchNoDocsQuery("only stop words");
        }
        BooleanQuery.Builder query = new BooleanQuery.Builder().add(words, Occur.MUST);
        if (text.chars().noneMatch(c -> OPERATORS.indexOf(c) >= 0)) {
            Query near = new QueryBuilder(analyzer).createPhraseQuery(TEXT, text, NEAR_SLOP);
            if (near instanceof PhraseQuery phrase && phrase.getTerms().length > 1) {
                query.add(new BoostQuery(phrase, NEAR_BOOST), Occur.SHOULD);
            }
        }
        if (request.articleKey() != null) {
            query.add(new TermQuery(new Term(ARTICLE, request.articleKey().toString())), Occur.FILTER);
        }
        if (request.speaker() != null && !request.speaker().isBlank()) {
            query.add(new TermQuery(new Term(SPEAKER, normalise(request.speaker()))), Occur.FILTER);
        }
        if (request.entityKey() != null) {
            query.add(new TermQuery(new Term(ENTITY, request.entityKey().toString())), Occur.FILTER);
        }
        if (request.kinds() != null && !request.kinds().isEmpty()) {
            BooleanQuery.Builder kinds = new BooleanQuery.Builder();
            request.kinds().forEach(k -> kinds.add(new TermQuery(new Term(KIND, k.name())), Occur.SHOULD));
            query.add(kinds.build(), Occur.FILTER);
        }
        return query.build();
    }

    private static String normalise(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }
}
