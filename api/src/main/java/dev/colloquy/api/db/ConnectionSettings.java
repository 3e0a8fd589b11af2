package dev.colloquy.api.db;

import io.agroal.api.AgroalPoolInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Settings every new database connection gets, chosen by the database it reaches rather than by the URL, so that an
 * operator who overrides the URL cannot drop them and no H2 command is ever sent to PostgreSQL (README "Durability").
 */
@ApplicationScoped
public class ConnectionSettings implements AgroalPoolInterceptor {

    /**
     * H2: WRITE_DELAY 0 writes each commit to the file before the commit returns (H2 otherwise writes it up to 500
     * ms later, and a killed process lost answered imports); LOCK_TIMEOUT lets concurrent revisions of one article
     * wait 10 s for its row lock instead of 2 s.
     */
    static final List<String> H2 = List.of("SET WRITE_DELAY 0", "SET LOCK_TIMEOUT 10000");

    /** PostgreSQL waits for a lock for ever by default: the same 10 s as on H2, after which an import is retried. */
    static final List<String> POSTGRESQL = List.of("SET lock_timeout = '10s'");

    @Override
    public void onConnectionCreate(Connection connection) {
        try (Statement statement = connection.createStatement()) {
            for (String setting : settingsFor(connection.getMetaData().getDatabaseProductName())) {
                statement.execute(setting);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot set up a database connection: " + e.getMessage(), e);
        }
    }

    static List<String> settingsFor(String databaseProduct) {
        return switch (databaseProduct) {
            case "H2" -> H2;
            case "PostgreSQL" -> POSTGRESQL;
            default -> List.of();
        };
    }
}
