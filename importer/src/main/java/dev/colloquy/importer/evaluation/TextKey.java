package dev.colloquy.importer.evaluation;

/**
 * A text reduced to its letters and digits in lower case, each remembering where it stands in the text, so
 * that a gold quote copied from a page is found in the source whatever its spacing, quotation marks, markup
 * or line breaks, and so that a span of the source can be compared with it character by character.
 */
final class TextKey {

    private final String key;
    private final int[] offsets;

    private TextKey(String key, int[] offsets) {
        this.key = key;
        this.offsets = offsets;
    }

    static TextKey of(String text) {
        StringBuilder key = new StringBuilder();
        int[] offsets = new int[text.length()];
        int length = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                key.append(Character.toLowerCase(c));
                offsets[length++] = i;
            }
        }
        return new TextKey(key.toString(), java.util.Arrays.copyOf(offsets, length));
    }

    String key() {
        return key;
    }

    /** A stretch of the key, from {@code start} (inclusive) to {@code end} (exclusive). */
    record Range(int start, int end) {

        int length() {
            return end - start;
        }

        int overlap(Range other) {
            return Math.max(0, Math.min(end, other.end) - Math.max(start, other.start));
        }
    }

    /** Where the {@code occurrence}-th (from 1) appearance of {@code words}' key lies, or null. */
    Range find(String words, int occurrence) {
        String wanted = of(words).key;
        if (wanted.isEmpty()) {
            return null;
        }
        int at = -1;
        for (int seen = 0; seen < occurrence; seen++) {
            at = key.indexOf(wanted, at + 1);
            if (at < 0) {
                return null;
            }
        }
        return new Range(at, at + wanted.length());
    }

    /** The key characters that fall inside the source span from {@code start} to {@code end}. */
    Range ofSpan(int start, int end) {
        return new Range(firstAtOrAfter(start), firstAtOrAfter(end));
    }

    private int firstAtOrAfter(int offset) {
        int low = 0;
        int high = offsets.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (offsets[mid] < offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low;
    }
}
