package dev.colloquy.api.graphql;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;
import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.NonNull;

/**
 * A Relay connection with GitHub's nodes shortcut and totalCount, written once for every node type.
 * SmallRye GraphQL has no Relay support and would name a plain {@code Connection<Exchange>} after its
 * Java generics, so each node type has a small subclass that fixes the schema name: ExchangeConnection
 * extends Connection&lt;Exchange, ExchangeEdge&gt;.
 */
public abstract class Connection<N, E extends Edge<N>> {

    private final List<E> edges;
    private final List<N> nodes;
    private final PageInfo pageInfo;
    private final int totalCount;

    protected Connection(Page<N> page, String nodeType, BiFunction<String, N, E> edge) {
        List<E> made = new ArrayList<>(page.items().size());
        for (int i = 0; i < page.items().size(); i++) {
            made.add(edge.apply(
                    Cursor.of(nodeType, page.keys().get(i)), page.items().get(i)));
        }
        this.edges = List.copyOf(made);
        this.nodes = page.items();
        this.pageInfo = new PageInfo(
                page.hasNextPage(),
                page.hasPreviousPage(),
                made.isEmpty() ? null : made.get(0).getCursor(),
                made.isEmpty() ? null : made.get(made.size() - 1).getCursor());
        this.totalCount = page.totalCount();
    }

    @NonNull
    @Description("The items of this page with their cursors.")
    public List<@NonNull E> getEdges() {
        return edges;
    }

    @NonNull
    @Description("The items of this page, without cursors.")
    public List<@NonNull N> getNodes() {
        return nodes;
    }

    @NonNull
    @Description("Where this page lies in the whole list.")
    public PageInfo getPageInfo() {
        return pageInfo;
    }

    @Description("How many items the whole list holds, across all pages.")
    public int getTotalCount() {
        return totalCount;
    }
}
