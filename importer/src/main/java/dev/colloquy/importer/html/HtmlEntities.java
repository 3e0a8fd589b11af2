package dev.colloquy.importer.html;

import dev.colloquy.importer.text.MappedText;
import org.jsoup.parser.Parser;

/** HTML text with its character references decoded, each character still pointing at the source it renders. */
final class HtmlEntities {

    private HtmlEntities() {}

    /** Appends source text with entities decoded, each character mapped to the source it renders. */
    static void appendDecoded(String source, int start, int end, MappedText.Builder out) {
        int i = start;
        while (i < end) {
            char c = source.charAt(i);
            if (c == '&') {
                int semicolon = -1;
                for (int k = i + 1; k < Math.min(end, i + 33); k++) { // entities are short; keeps "&&&…" linear
                    if (source.charAt(k) == ';') {
                        semicolon = k;
                        break;
                    }
                }
                if (semicolon > i) {
                    String entity = source.substring(i, semicolon + 1);
                    String decoded = Parser.unescapeEntities(entity, false);
                    if (!decoded.equals(entity)) {
                        for (int k = 0; k < decoded.length(); k++) {
                            char d = decoded.charAt(k);
                            if (Character.isWhitespace(d)) {
                                out.appendSpace(' ', i, semicolon + 1);
                            } else {
                                out.append(d, i, semicolon + 1);
                            }
                        }
                        i = semicolon + 1;
                        continue;
                    }
                }
            }
            if (Character.isWhitespace(c)) {
                out.appendSpace(' ', i, i + 1);
            } else {
                out.append(c, i, i + 1);
            }
            i++;
        }
    }
}
