package dev.colloquy.api.graphql;

import org.eclipse.microprofile.graphql.Description;
import org.eclipse.microprofile.graphql.Type;

/** Relay's page info. */
@Type("PageInfo")
@Description("Where a page of a connection lies in the whole list.")
public record PageInfo(
        @Description("True when more items follow the last of this page: ask again with after: endCursor.")
        boolean hasNextPage,

        @Description("True when this page starts after the first item of the list (an after: cursor was given).")
        boolean hasPreviousPage,

        @Description("The cursor of the first item of this page; null when the page is empty.")
        String startCursor,

        @Description(
                "The cursor of the last item of this page; null when the page is empty. Pass it as after: for the next page.")
        String endCursor) {}
