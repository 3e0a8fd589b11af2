package dev.colloquy.importer.source;

import dev.colloquy.core.source.ImportWarning;
import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.ImportException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns the bytes of a file into a {@link SourceDocument}, refusing what is not text: empty input, binary
 * data, files over the size limit. The encoding is UTF-8 unless a byte-order mark says UTF-16; bytes that
 * are not valid UTF-8 are read as Windows-1252 (what such files almost always are: pages saved from old
 * editors and Windows tools), with a warning naming the first offending byte, since a wrong guess shows as
 * odd characters that a developer should look at.
 */
public final class SourceDecoder {

    /** Larger documents are refused: no published interview comes near it, and it bounds memory. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private SourceDecoder() {}

    /** The text of a file and what the decoding had to guess. */
    public record Decoded(SourceDocument document, List<ImportWarning> warnings) {

        public Decoded {
            warnings = List.copyOf(warnings);
        }
    }

    /** The document alone, for callers that do not report warnings. */
    public static SourceDocument decode(byte[] bytes, Origin origin) throws ImportException {
        return read(bytes, origin).document();
    }

    public static Decoded read(byte[] bytes, Origin origin) throws ImportException {
        String name = origin.name();
        if (bytes.length == 0) {
            throw new ImportException(name, "the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(name, "the file is " + bytes.length + " bytes; the limit is " + MAX_BYTES);
        }
        List<ImportWarning> warnings = new ArrayList<>();
        String text;
        Charset utf16 = utf16ByBom(bytes);
        if (utf16 != null) {
            text = new String(bytes, 2, bytes.length - 2, utf16);
        } else {
            if (looksBinary(bytes)) {
                throw new ImportException(name, "the file is binary, not text");
            }
            text = decodeUtf8OrWindows1252(bytes, warnings);
        }
        if (text.isBlank()) {
            throw new ImportException(name, "the file holds only white space");
        }
        return new Decoded(SourceDocument.of(text, origin), warnings);
    }

    /**
     * Text that arrived as a string, e.g. in a JSON request: nothing to decode, but the same refusals as for
     * bytes (empty, only white space, over {@link #MAX_BYTES} as UTF-8).
     */
    public static Decoded read(String text, Origin origin) throws ImportException {
        String name = origin.name();
        if (text.isEmpty()) {
            throw new ImportException(name, "the file is empty");
        }
        long size = utf8Length(text);
        if (size > MAX_BYTES) {
            throw new ImportException(name, "the text is " + size + " bytes as UTF-8; the limit is " + MAX_BYTES);
        }
        if (text.isBlank()) {
            throw new ImportException(name, "the file holds only white space");
        }
        return new Decoded(SourceDocument.of(text, origin), List.of());
    }

    /** The length of the text encoded as UTF-8, counted without encoding it. */
    public static long utf8Length(CharSequence text) {
        long bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c)
                    && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** UTF-16 announced by its byte-order mark, or null. */
    private static Charset utf16ByBom(byte[] bytes) {
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return StandardCharsets.UTF_16LE;
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return StandardCharsets.UTF_16BE;
        }
        return null;
    }

    private static String decodeUtf8OrWindows1252(byte[] bytes, List<ImportWarning> warnings) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8Byte(bytes);
            warnings.add(new ImportWarning(
                    "NOT_UTF8",
                    "the file is not valid UTF-8 (byte 0x"
                            + String.format("%02X", bytes[offset] & 0xFF) + " at offset " + offset
                            + "); read it as Windows-1252",
                    lineOfByte(bytes, offset)));
            return new String(bytes, WINDOWS_1252); // the five unassigned bytes become U+FFFD
        }
    }

    /** NUL bytes or a high share of control characters mean the file is not prose. */
    private static boolean looksBinary(byte[] bytes) {
        int sample = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < sample; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return true;
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
                control++;
            }
        }
        return control * 20 > sample;
    }

    private static int firstInvalidUtf8Byte(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8
                .newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        int low = 0;
        int high = bytes.length;
        // The longest valid prefix, found by bisection over prefixes that decode cleanly.
        while (high - low > 4) {
            int mid = (low + high) >>> 1;
            try {
                decoder.reset().decode(ByteBuffer.wrap(bytes, 0, mid));
                low = mid;
            } catch (CharacterCodingException e) {
                high = mid;
            }
        }
        for (int i = low; i < high; i++) {
            if ((bytes[i] & 0x80) != 0) {
                return i;
            }
        }
        return low;
    }

    private static int lineOfByte(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
