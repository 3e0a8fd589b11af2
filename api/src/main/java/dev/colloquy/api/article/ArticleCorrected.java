package dev.colloquy.api.article;

/** An editor corrected an article's metadata; observers that run after the commit see the correction. */
public record ArticleCorrected(long articleKey) {}
