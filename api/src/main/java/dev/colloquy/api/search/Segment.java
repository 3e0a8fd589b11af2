package dev.colloquy.api.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A run of an indexed text that is copied verbatim from the source: text[textStart, textStart + length)
 * equals source[sourceStart, sourceStart + length). An exchange's text is its paragraphs joined by blank
 * lines, so it has one segment per paragraph; this is how highlights get offsets into the source too.
 */
record Segment(int textStart, int sourceStart, int length) {

    /** The source offset of a text offset; offsets on a joint between paragraphs map to the previous end. */
    static int toSource(List<Segment> segments, int textOffset) {
        Segment best = segments.get(0);
        for (Segment s : segments) {
            if (s.textStart() <= textOffset) {
                best = s;
            }
        }
        return best.sourceStart() + Math.min(textOffset - best.textStart(), best.length());
    }

    static String encode(List<Segment> segments) {
        StringBuilder out = new StringBuilder();
        for (Segment s : segments) {
            out.append(out.isEmpty() ? "" : ";")
                    .append(s.textStart())
                    .append(',')
                    .append(s.sourceStart())
                    .append(',')
                    .append(s.length());
        }
        return out.toString();
    }

    static List<Segment> decode(String encoded) {
        List<Segment> segments = new ArrayList<>();
        for (String part : encoded.split(";")) {
            String[] n = part.split(",");
            segments.add(new Segment(Integer.parseInt(n[0]), Integer.parseInt(n[1]), Integer.parseInt(n[2])));
        }
        return segments;
    }
}
