package dev.colloquy.api.graphql.budget;

import dev.colloquy.api.graphql.PageRequest;
import graphql.analysis.QueryTraverser;
import graphql.analysis.QueryVisitorFieldEnvironment;
import graphql.analysis.QueryVisitorStub;
import graphql.execution.CoercedVariables;
import graphql.language.Document;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * What an operation asks the service to fetch, counted before it runs, the way GitHub's GraphQL API counts
 * its node limit: every paged field (one with a {@code first} or {@code last} argument) costs its page size,
 * multiplied by the page sizes of the paged fields around it. {@code articles(first: 10) { nodes {
 * interview { exchanges(first: 20) } } } } costs 10 + 10 × 20 = 210.
 *
 * <p>graphql-java's {@link QueryTraverser} walks the operation as it will run: every alias is a field of its
 * own, fragments (named and inline) are expanded where they are spread, and arguments are read with the
 * request's variables and the schema's defaults, so none of them hides a page size.
 *
 * <p>A list without paging arguments (an exchange's entities, an entity's mentions) holds as many items as
 * the data has; it costs nothing itself (its items are fetched in one batch), but paged fields beneath it run
 * once per item, so it multiplies them as a page of {@link PageRequest#DEFAULT_SIZE} would. Page sizes
 * above {@link PageRequest#MAX_SIZE} count as the maximum, since no resolver serves more.
 */
public final class QueryCost {

    private QueryCost() {}

    /** The cost of the named operation of the document (or its only one, for a null name). */
    public static long of(GraphQLSchema schema, Document document, String operationName, CoercedVariables variables) {
        Counter counter = new Counter();
        QueryTraverser.newQueryTraverser()
                .schema(schema)
                .document(document)
                .operationName(operationName)
                .coercedVariables(variables)
                .build()
                .visitPreOrder(counter);
        return counter.total;
    }

    /** Adds up the pages of the paged fields, each times the fan-out of the fields around it. */
    private static final class Counter extends QueryVisitorStub {

        private long total;

        @Override
        public void visitField(QueryVisitorFieldEnvironment field) {
            if (isPaged(field.getFieldDefinition())) {
                total = plus(total, times(pageSize(field), fanOut(field.getParentEnvironment())));
            }
        }
    }

    /** How many times a field beneath this one runs: the product of the page and list sizes above it. */
    private static long fanOut(QueryVisitorFieldEnvironment field) {
        long product = 1;
        for (QueryVisitorFieldEnvironment at = field; at != null; at = at.getParentEnvironment()) {
            product = times(product, itemsOf(at));
        }
        return product;
    }

    private static long itemsOf(QueryVisitorFieldEnvironment field) {
        if (isPaged(field.getFieldDefinition())) {
            return pageSize(field);
        }
        boolean list = GraphQLTypeUtil.isList(
                GraphQLTypeUtil.unwrapNonNull(field.getFieldDefinition().getType()));
        // The edges and nodes of a connection are its page, already counted by the connection field above them.
        QueryVisitorFieldEnvironment parent = field.getParentEnvironment();
        boolean pageOfParent = parent != null && isPaged(parent.getFieldDefinition());
        return list && !pageOfParent ? PageRequest.DEFAULT_SIZE : 1;
    }

    private static boolean isPaged(GraphQLFieldDefinition definition) {
        return definition.getArgument("first") != null || definition.getArgument("last") != null;
    }

    private static long pageSize(QueryVisitorFieldEnvironment field) {
        Object size = field.getArguments().get("first");
        if (size == null) {
            size = field.getArguments().get("last");
        }
        int requested = size instanceof Number number ? number.intValue() : PageRequest.DEFAULT_SIZE;
        return Math.max(0, Math.min(requested, PageRequest.MAX_SIZE));
    }

    // Costs saturate rather than overflow: a query whose cost does not fit in a long costs Long.MAX_VALUE.

    private static long times(long a, long b) {
        try {
            return Math.multiplyExact(a, b);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }

    private static long plus(long a, long b) {
        try {
            return Math.addExact(a, b);
        } catch (ArithmeticException overflow) {
            return Long.MAX_VALUE;
        }
    }
}
