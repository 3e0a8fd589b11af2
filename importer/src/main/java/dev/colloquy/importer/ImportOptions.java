package dev.colloquy.importer;

import dev.colloquy.importer.layout.Layout;

/**
 * Choices the caller makes for one import.
 *
 * @param layout the layout to use instead of detecting it, or null to detect it
 */
public record ImportOptions(Layout layout) {

    public static final ImportOptions DETECT = new ImportOptions(null);
}
