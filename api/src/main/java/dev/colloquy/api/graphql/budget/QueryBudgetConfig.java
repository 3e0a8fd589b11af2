package dev.colloquy.api.graphql.budget;

import io.smallrye.config.ConfigMapping;
import java.time.Duration;

/** How much one GraphQL request may ask for and how long it may run (application.properties explains the values). */
@ConfigMapping(prefix = "colloquy.graphql")
public interface QueryBudgetConfig {

    /** The highest {@link QueryCost} an operation may have; costlier ones are refused before they run. */
    long maxCost();

    /** How long an operation may run before the fields it has not fetched yet are given up. */
    Duration timeout();
}
