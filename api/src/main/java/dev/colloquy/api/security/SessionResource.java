package dev.colloquy.api.security;

import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Ends a web app session. Signing in is Quarkus's form authentication (POST /j_security_check), which sets an
 * HTTP-only cookie that no page script can remove; this overwrites it with an expired one. Anyone may call it:
 * without a session it changes nothing.
 */
@Path("/api/session/sign-out")
public class SessionResource {

    @ConfigProperty(name = "quarkus.http.auth.form.cookie-name")
    String cookieName;

    @POST
    public Response signOut() {
        NewCookie expired = new NewCookie.Builder(cookieName)
                .value("")
                .path("/")
                .maxAge(0)
                .httpOnly(true)
                .sameSite(NewCookie.SameSite.STRICT)
                .build();
        return Response.noContent().cookie(expired).build();
    }
}
