package dev.colloquy.api.lesson;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;

/**
 * A lesson's handout as a file to download or print; the same visibility rules as GraphQL. A lesson the
 * caller may not see is 404 NOT_FOUND, a malformed ID or paper 400 BAD_USER_INPUT (JSON bodies, see RestErrors).
 * The HTML is laid out for ?paper=a4 (the default) or ?paper=letter.
 */
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
    public Response html(@PathParam("id") String id, @QueryParam("paper") String paper) {
        PaperSize size = PaperSize.of(paper);
        Lesson lesson = Lesson.of(access.visible(id), access.callerName());
        return Response.ok(contents.html(lesson, size), HTML).build();
    }
}
