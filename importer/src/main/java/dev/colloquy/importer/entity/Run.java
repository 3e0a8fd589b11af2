package dev.colloquy.importer.entity;

import java.util.List;

/**
 * Words a rule is tried on: a whole paragraph, a run of capitalised words or part of one.
 *
 * @param from where the text the rule may read starts (a paragraph's words may not start there)
 * @param to where it ends
 * @param title the title or role right before the words ("President", "Dr"), or null
 * @param following the word right after the run, or null
 */
record Run(int from, int to, List<Token> words, Token title, Token following) {

    static Run paragraph(int from, int to, List<Token> words) {
        return new Run(from, to, words, null, null);
    }

    static Run of(List<Token> words, Token title, Token following) {
        int from = words.isEmpty() ? 0 : words.get(0).start();
        int to = words.isEmpty() ? 0 : words.get(words.size() - 1).end();
        return new Run(from, to, words, title, following);
    }

    Token word(int at) {
        return words.get(at);
    }

    int size() {
        return words.size();
    }
}
