package dev.colloquy.api.search;

import dev.colloquy.api.ingest.ArticleChanges;
import dev.colloquy.api.ingest.ArticleChanges.Change;
import dev.colloquy.api.ingest.ArticleChanges.Clock;
import dev.colloquy.api.ingest.ArticleImported;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantLock;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Keeps the search index in step with the database's change log. On start it keeps the index it finds when that
 * was built by this {@link SearchIndex#VERSION} for this database, and applies the changes committed since (a
 * crash between an import's commit and the index's leaves exactly such a gap); anything else, or
 * {@code colloquy.search.rebuild-on-start}, rebuilds it. After each import, and every
 * {@code colloquy.search.follow-interval} for imports made through other instances on the same database, it applies
 * the new changes. A rebuild runs in the background: searches see the old index until it commits, and readiness
 * reports DOWN meanwhile ({@link SearchIndexReadiness}).
 */
@ApplicationScoped
public class IndexSync {

    private static final Logger LOG = Logger.getLogger(IndexSync.class);

    /** Changes applied per index commit while catching up: bounds memory and shows progress on long gaps. */
    private static final int BATCH = 500;

    @Inject
    SearchIndex index;

    @Inject
    IndexSource source;

    @Inject
    ArticleChanges changes;

    @ConfigProperty(name = "colloquy.search.rebuild-on-start", defaultValue = "false")
    boolean rebuildOnStart;

    /** Whether start-up waits for a rebuild it begins; the tests do, so that their first search finds the corpus. */
    @ConfigProperty(name = "colloquy.search.wait-for-rebuild", defaultValue = "false")
    boolean waitForRebuild;

    @ConfigProperty(name = "colloquy.search.follow-interval", defaultValue = "2s")
    Duration followInterval;

    /** Held by whoever writes the index, so that catch-ups and rebuilds never interleave. */
    private final ReentrantLock writing = new ReentrantLock();

    private final AtomicBoolean rebuilding = new AtomicBoolean();
    private final AtomicBoolean stopping = new AtomicBoolean();

    /**
     * Set when a rebuild did not finish: the writer then holds its uncommitted half, which no catch-up may commit.
     * Searches still answer from the last commit; the service stays not ready until a rebuild succeeds (or a restart
     * drops the half, since the index never commits on close).
     */
    private volatile boolean unfinished;

    private final ExecutorService rebuilds = Executors.newSingleThreadExecutor(daemon("search-index-rebuild"));
    private final ScheduledExecutorService follower =
            Executors.newSingleThreadScheduledExecutor(daemon("search-index-follower"));

    private volatile Future<?> lastRebuild;
    private volatile Future<?> following;

    /** Before the corpus import (default priority), so that its imports find the index checked. */
    void onStart(@Observes @Priority(Interceptor.Priority.APPLICATION) StartupEvent event) {
        Clock clock = changes.clock();
        String why = reasonToRebuild(index.state(), clock, rebuildOnStart);
        if (why == null) {
            long applied = index.state().map(IndexState::lastChange).orElse(0L);
            LOG.infof(
                    "search index: kept, %d texts up to change %d; applying the %d change(s) committed since",
                    index.size(), applied, clock.lastChange() - applied);
            catchUp();
        } else {
            LOG.infof("search index: rebuilding it, %s", why);
            requestRebuild();
            if (waitForRebuild) {
                waitFor(lastRebuild);
            }
        }
        if (!followInterval.isZero() && !followInterval.isNegative()) {
            long every = followInterval.toMillis();
            following = follower.scheduleWithFixedDelay(this::follow, every, every, TimeUnit.MILLISECONDS);
        }
    }

    void onStop(@Observes ShutdownEvent event) throws InterruptedException {
        stopping.set(true);
        if (following != null) {
            following.cancel(false);
        }
        follower.shutdownNow();
        rebuilds.shutdown();
        // A rebuild stops at its next article; what it wrote is never committed (the index does not commit on close).
        rebuilds.awaitTermination(30, TimeUnit.SECONDS);
    }

    /** After an import has committed: the index takes its change (and any other new one) before the client hears. */
    void onImported(@Observes ArticleImported imported) {
        catchUp();
    }

    /** True while a rebuild runs. */
    public boolean rebuilding() {
        return rebuilding.get();
    }

    /** True when the last rebuild failed or was stopped; only another rebuild (or a restart) clears it. */
    public boolean unfinished() {
        return unfinished;
    }

    /** Where the index stands against the database. */
    public SearchIndexStatus status() {
        Clock clock = changes.clock();
        long applied = index.state().map(IndexState::lastChange).orElse(0L);
        long pending = Math.max(0, clock.lastChange() - applied);
        return new SearchIndexStatus(
                rebuilding.get(), SearchIndex.VERSION, index.size(), (int) Math.min(Integer.MAX_VALUE, pending));
    }

    /**
     * Starts a rebuild in the background unless one runs already; false when one was running. Searches keep
     * answering from the old index until the new one commits.
     */
    public boolean requestRebuild() {
        if (!rebuilding.compareAndSet(false, true)) {
            return false;
        }
        lastRebuild = rebuilds.submit(this::rebuildAndCatchUp);
        return true;
    }

    /** The lock writers of the index hold; a test holds it to look at a rebuild that cannot start its work. */
    ReentrantLock writeLock() {
        return writing;
    }

    /** Waits for the rebuild started last, if any; for start-up in the tests, and for tests of the rebuild. */
    void awaitRebuild() {
        waitFor(lastRebuild);
    }

    /** Applies the changes committed since the index's last one; skipped during a rebuild, which ends with one. */
    public void catchUp() {
        if (rebuilding.get() || unfinished || stopping.get()) {
            return;
        }
        writing.lock();
        try {
            index.state().ifPresent(this::applyChangesSince);
        } finally {
            writing.unlock();
        }
    }

    /** Why the index found on start cannot be kept, or null when it can. */
    static String reasonToRebuild(Optional<IndexState> found, Clock clock, boolean asked) {
        if (asked) {
            return "as colloquy.search.rebuild-on-start asks";
        }
        if (found.isEmpty()) {
            return "as there is none yet";
        }
        IndexState state = found.get();
        if (state.version() != SearchIndex.VERSION) {
            return "as it is of version " + state.version() + " and this service writes version " + SearchIndex.VERSION;
        }
        if (!state.corpusId().equals(clock.corpusId())) {
            return "as it was built from another database";
        }
        if (state.lastChange() > clock.lastChange()) {
            return "as it holds changes the database does not (a database restored from an older copy?)";
        }
        return null;
    }

    private void follow() {
        try {
            Optional<IndexState> state = index.state();
            if (state.isPresent() && changes.clock().lastChange() > state.get().lastChange()) {
                catchUp();
            }
        } catch (RuntimeException e) {
            // The database may be away for a moment (or going down with the service): the next round tries again.
            LOG.debugf("search index: could not follow the change log: %s", e.toString());
        }
    }

    private void rebuildAndCatchUp() {
        writing.lock();
        try {
            unfinished = true;
            if (rebuild()) {
                // Imports that committed during the rebuild skipped their own catch-up: apply them before ready.
                index.state().ifPresent(this::applyChangesSince);
                unfinished = false;
            }
        } catch (RuntimeException e) {
            LOG.errorf(e, "search index: the rebuild failed; searches answer from the previous index, ask again");
        } finally {
            rebuilding.set(false);
            writing.unlock();
        }
        // And any that committed between that and the flag going down.
        catchUp();
    }

    /** Rebuilds and commits; false, having committed nothing, when the service stops meanwhile. */
    private boolean rebuild() {
        long started = System.nanoTime();
        // The clock is read before the articles: a change committed meanwhile is applied again afterwards, never lost.
        Clock clock = changes.clock();
        index.clear();
        int texts = 0;
        for (long article : source.articleKeys()) {
            if (stopping.get()) {
                LOG.info("search index: rebuild stopped by shutdown; the previous index stays");
                return false;
            }
            List<SearchDocument> documents = source.documentsOf(article);
            index.replace(article, documents);
            texts += documents.size();
        }
        IndexState state = new IndexState(SearchIndex.VERSION, clock.corpusId(), clock.lastChange());
        index.commit(state);
        LOG.infof(
                "search index built: %d texts in %d ms, up to change %d",
                texts, (System.nanoTime() - started) / 1_000_000, clock.lastChange());
        return true;
    }

    private void applyChangesSince(IndexState from) {
        IndexState state = from;
        for (List<Change> batch = changes.since(state.lastChange(), BATCH);
                !batch.isEmpty();
                batch = changes.since(state.lastChange(), BATCH)) {
            Set<Long> articles = new LinkedHashSet<>();
            batch.forEach(change -> articles.add(change.articleKey()));
            for (long article : articles) {
                index.replace(article, source.documentsOf(article));
            }
            state = state.at(batch.get(batch.size() - 1).seq());
            index.commit(state);
            LOG.debugf("search index: applied changes up to %d (%d articles)", state.lastChange(), articles.size());
        }
    }

    private static void waitFor(Future<?> task) {
        if (task == null) {
            return;
        }
        try {
            task.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException e) {
            throw new IllegalStateException("the search index could not be built", e.getCause());
        }
    }

    private static ThreadFactory daemon(String name) {
        return task -> {
            Thread thread = new Thread(task, name);
            thread.setDaemon(true);
            return thread;
        };
    }
}
