package dev.colloquy.api.graphql;

import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;

/**
 * Pages a JPQL query by ascending id: {@code where id > :after order by id}, fetching one row more than
 * asked to learn whether another page follows. Keyset paging keeps cursors valid while rows are added
 * and costs the same on page 1 and page 100. Three statements at most: the page, the total, and a check
 * that the after: cursor names a row that exists.
 */
public final class KeysetQuery<R> {

    private final Class<R> rowType;
    private final String alias;
    private final String fetchJoins;
    private final List<String> conditions = new ArrayList<>();
    private final Map<String, Object> parameters = new LinkedHashMap<>();

    private KeysetQuery(Class<R> rowType, String alias, String fetchJoins) {
        this.rowType = rowType;
        this.alias = alias;
        this.fetchJoins = fetchJoins;
    }

    /** A query over all rows of the type; fetchJoins (e.g. "join fetch e.interview") load what every item needs. */
    public static <R> KeysetQuery<R> over(Class<R> rowType, String alias, String fetchJoins) {
        return new KeysetQuery<>(rowType, alias, fetchJoins);
    }

    /** Adds a condition; a null value means "no filter" and adds nothing. */
    public KeysetQuery<R> where(String condition, String parameter, Object value) {
        if (value != null) {
            conditions.add(condition);
            parameters.put(parameter, value);
        }
        return this;
    }

    /** Adds a condition with several parameters, all of them set. */
    public KeysetQuery<R> where(String condition, Map<String, Object> values) {
        conditions.add(condition);
        parameters.putAll(values);
        return this;
    }

    public Page<R> page(EntityManager em, PageRequest request, ToLongFunction<R> key) {
        String entity = rowType.getSimpleName();
        String filter = String.join(" and ", conditions);
        if (request.afterKey() != null) {
            requireExisting(em, entity, request.afterKey());
        }
        List<String> pageConditions = new ArrayList<>(conditions);
        if (request.afterKey() != null) {
            pageConditions.add(alias + ".id > :after");
        }
        String pageWhere = pageConditions.isEmpty() ? "" : " where " + String.join(" and ", pageConditions);
        TypedQuery<R> select = em.createQuery(
                "select " + alias + " from " + entity + " " + alias + " " + fetchJoins + pageWhere + " order by "
                        + alias + ".id",
                rowType);
        parameters.forEach(select::setParameter);
        if (request.afterKey() != null) {
            select.setParameter("after", request.afterKey());
        }
        List<R> rows = request.first() == 0
                ? List.of()
                : select.setMaxResults(request.first() + 1).getResultList();

        TypedQuery<Long> count = em.createQuery(
                "select count(" + alias + ") from " + entity + " " + alias
                        + (filter.isEmpty() ? "" : " where " + filter),
                Long.class);
        parameters.forEach(count::setParameter);
        return Page.of(rows, key, request, Math.toIntExact(count.getSingleResult()));
    }

    private void requireExisting(EntityManager em, String entity, long key) {
        Long found = em.createQuery("select count(x) from " + entity + " x where x.id = :key", Long.class)
                .setParameter("key", key)
                .getSingleResult();
        if (found == 0) {
            throw new BadUserInputException("the after: cursor names an item that does not exist (any more)");
        }
    }
}
