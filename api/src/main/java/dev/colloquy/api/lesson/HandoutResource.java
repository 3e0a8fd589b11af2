package dev.colloquy.api.lesson;

import dev.colloquy.api.graphql.BadUserInputException;
import dev.colloquy.api.graphql.NotFoundException;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** A lesson's handout as a file to download or print; the same visibility rules as GraphQL. */
@Path("/api/lessons/{id}")
public class HandoutResource {

    static final String MARKDOWN = "text/markdown;charset=UTF-8";
    static final String HTML = "text/html;charset=UTF-8";

    @Inject
    LessonAccess access;

    @Inject
    LessonContents contents;

    @GET
    @Path("handout.md")
    @Produces(MARKDOWN)
    public Response markdown(@PathParam("id") String id) {
        Lesson lesson = Lesson.of(access.visible(id), access.callerName());
        return Response.ok(contents.markdown(lesson), MARKDOWN).build();
    }

    @GET
    @Path("handout.html")
    @Produces(HTML)
    public Response html(@PathParam("id") String id) {
        Lesson lesson = Lesson.of(access.visible(id), access.callerName());
        return Response.ok(contents.html(lesson), HTML).build();
    }

    @ServerExceptionMapper
    public Response notFound(NotFoundException e) {
        return Response.status(404).type(MediaType.TEXT_PLAIN).entity(e.getMessage()).build();
    }

    @ServerExceptionMapper
    public Response badId(BadUserInputException e) {
        return Response.status(400).type(MediaType.TEXT_PLAIN).entity(e.getMessage()).build();
    }
}
