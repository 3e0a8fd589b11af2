package dev.colloquy.importer.source;

import dev.colloquy.core.source.Origin;
import dev.colloquy.core.source.SourceDocument;
import dev.colloquy.importer.ImportException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Turns the bytes of a file into a {@link SourceDocument}, refusing what is not text: empty input,
 * binary data and bytes that are not valid UTF-8.
 */
public final class SourceDecoder {

    /** Larger documents are refused: no published interview comes near it, and it bounds memory. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private SourceDecoder() {
    }

    public static SourceDocument decode(byte[] bytes, Origin origin) throws ImportException {
        String name = origin.name();
        if (bytes.length == 0) {
            throw new ImportException(name, "the file is empty");
        }
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(name, "the file is " + bytes.length + " bytes; the limit is " + MAX_BYTES);
        }
        if (looksBinary(bytes)) {
            throw new ImportException(name, "the file is binary, not text");
        }
        String text = decodeUtf8(bytes, name);
        if (text.isBlank()) {
            throw new ImportException(name, "the file holds only white space");
        }
        return SourceDocument.of(text, origin);
    }

    private static String decodeUtf8(byte[] bytes, String name) throws ImportException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            return decoder.decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            int offset = firstInvalidUtf8Byte(bytes);
            throw new ImportException(name, lineOfByte(bytes, offset),
                    "the file is not valid UTF-8 (byte 0x" + String.format("%02X", bytes[offset] & 0xFF)
                            + " at offset " + offset + ")");
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
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
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
