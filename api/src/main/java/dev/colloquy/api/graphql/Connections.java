package dev.colloquy.api.graphql;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.function.Function;

/**
 * Every connection field of the schema in one method: check first/after against the node type, page the
 * rows by their id, convert them to schema types and wrap them in the connection type that names them.
 */
@ApplicationScoped
public class Connections {

    @Inject
    EntityManager em;

    /**
     * One page of a connection, read with a keyset query.
     *
     * @param nodeType   the type the after: cursor must belong to (a cursor of another connection is refused)
     * @param node       a row as the schema shows it
     * @param connection the schema's connection type for these nodes, e.g. ExchangeConnection::new
     */
    public <R, N, C> C page(
            KeysetQuery<R> query,
            Integer first,
            String after,
            String nodeType,
            Function<? super R, ? extends N> node,
            Function<Page<N>, C> connection) {
        PageRequest request = PageRequest.of(first, after, nodeType);
        Page<R> rows = query.page(em, request, this::key);
        return connection.apply(rows.map(node));
    }

    /** A row's database id, whatever its entity type: keyset paging orders by it. */
    private long key(Object row) {
        return ((Number) em.getEntityManagerFactory().getPersistenceUnitUtil().getIdentifier(row)).longValue();
    }
}
