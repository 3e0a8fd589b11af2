package dev.colloquy.contract;

import dev.colloquy.api.testing.LineDiff;
import java.util.Optional;

/**
 * Compares a committed contract file with what the service produces now. The message names the file,
 * shows the diff and the one command that brings the file up to date after a deliberate change.
 */
public final class StaleFile {

    public static final String UPDATE_COMMAND = "./mvnw -B verify -Dcontract.update=true";

    private StaleFile() {}

    /** Empty when the committed text matches the served one line for line; otherwise the failure message. */
    public static Optional<String> check(String fileName, String committed, String served) {
        String diff = LineDiff.between("committed " + fileName, committed, "served by the API", served);
        if (diff.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(fileName + " is stale: the running API differs from the committed file.\n"
                + "If the change is deliberate, run `" + UPDATE_COMMAND + "` and commit the result;"
                + " otherwise the API has broken the frontend contract.\n" + diff);
    }
}
