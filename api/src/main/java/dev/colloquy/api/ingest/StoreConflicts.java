package dev.colloquy.api.ingest;

import java.sql.SQLException;
import java.util.Set;

/**
 * Tells a lost race between concurrent transactions from a real failure. A race ends in a unique or
 * foreign-key violation, a lock wait that timed out, a deadlock or H2's concurrent-update error; the losing
 * transaction has been rolled back, and running it again sees what the winner committed.
 */
final class StoreConflicts {

    /**
     * H2's SQL states of a race: a duplicate key (the unique hash and slug), a row referenced or removed by
     * another transaction (foreign keys), a lock wait that timed out, a deadlock, a concurrent update of one
     * row; and PostgreSQL's for the same races (its duplicate key and foreign keys share H2's states; 40P01 a
     * deadlock, 55P03 a lock wait beyond lock_timeout). Other integrity errors (a null in a required column) are bugs and are not tried again.
     */
    private static final Set<String> RACE_STATES =
            Set.of("23505", "23503", "23506", "HYT00", "40001", "90131", "40P01", "55P03");

    private StoreConflicts() {}

    static boolean isConflict(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && RACE_STATES.contains(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
