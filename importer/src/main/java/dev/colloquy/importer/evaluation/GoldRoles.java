package dev.colloquy.importer.evaluation;

import dev.colloquy.importer.evaluation.GoldDocument.GoldExchange;
import dev.colloquy.importer.transcript.TurnSequence.Role;
import java.util.ArrayList;
import java.util.List;

/**
 * Lays a gold file's exchanges on the paragraphs the turn scorer reads: the paragraph that starts with a
 * gold question's first words starts a question, the one that starts with its answer's first words starts
 * the answer, and every paragraph in between carries on the turn before it; paragraphs before the first
 * question are lead. This is what the weights are fitted against.
 */
public final class GoldRoles {

    private GoldRoles() {}

    /** The role of each paragraph, or null when some gold boundary starts no paragraph (the gold does not fit). */
    public static List<Role> of(GoldDocument gold, List<String> paragraphs) {
        List<List<String>> keys = new ArrayList<>();
        for (GoldExchange exchange : gold.exchanges()) {
            keys.add(Words.key(exchange.question()));
            keys.add(Words.key(exchange.answer()));
        }
        List<Role> roles = new ArrayList<>();
        Role current = Role.LEAD;
        int next = 0;
        for (String paragraph : paragraphs) {
            if (next < keys.size() && Words.startsWith(Words.of(paragraph), keys.get(next))) {
                current = next % 2 == 0 ? Role.QUESTION : Role.ANSWER;
                next++;
            }
            roles.add(current);
        }
        return next == keys.size() ? roles : null;
    }
}
