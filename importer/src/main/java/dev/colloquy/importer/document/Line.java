package dev.colloquy.importer.document;

import dev.colloquy.core.text.Span;

/** One non-blank line of a block, trimmed of surrounding white space. */
public record Line(String text, Span span, int number) {}
