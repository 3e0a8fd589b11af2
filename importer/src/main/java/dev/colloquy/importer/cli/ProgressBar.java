package dev.colloquy.importer.cli;

import java.io.PrintWriter;

/**
 * A one-line progress bar redrawn in place with a carriage return: enough for a developer watching a
 * folder go by, and silent when disabled, so that logs and pipes never fill with redraws.
 */
final class ProgressBar {

    private static final int WIDTH = 30;
    private static final int NAME_WIDTH = 40;

    private final PrintWriter err;
    private final int total;
    private final boolean enabled;

    ProgressBar(PrintWriter err, int total, boolean enabled) {
        this.err = err;
        this.total = total;
        this.enabled = enabled && total > 0;
    }

    /** Safe to call from several threads: one redraw at a time. */
    synchronized void show(int done, String current) {
        if (!enabled) {
            return;
        }
        int filled = total == 0 ? WIDTH : done * WIDTH / total;
        String name = current.length() > NAME_WIDTH ? current.substring(0, NAME_WIDTH - 1) + "…" : current;
        err.print("\r[" + "#".repeat(filled) + " ".repeat(WIDTH - filled) + "] " + done + "/" + total + " "
                + String.format("%-" + NAME_WIDTH + "s", name));
        err.flush();
    }

    synchronized void done() {
        if (!enabled) {
            return;
        }
        err.print("\r[" + "#".repeat(WIDTH) + "] " + total + "/" + total + " " + " ".repeat(NAME_WIDTH) + "\n");
        err.flush();
    }
}
