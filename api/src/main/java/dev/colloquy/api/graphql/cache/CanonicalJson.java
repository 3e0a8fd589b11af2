package dev.colloquy.api.graphql.cache;

import io.vertx.core.json.JsonArray;
import io.vertx.core.json.JsonObject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/**
 * One text for a request's variables, whether they come as the HTTP layer reads them (Vert.x JSON) or as the
 * GraphQL engine was handed them, so that both find the same kept answer: object keys sorted, numbers written as
 * their decimal value, strings quoted. Two texts that differ only mean a kept answer is not found; two different
 * values never give the same text.
 */
final class CanonicalJson {

    private CanonicalJson() {}

    /** The canonical text, or null when a value is of a kind JSON does not have (such a request is not kept). */
    static String of(Object value) {
        StringBuilder out = new StringBuilder();
        return write(value, out) ? out.toString() : null;
    }

    private static boolean write(Object value, StringBuilder out) {
        if (value instanceof JsonObject object) { // an Iterable of entries: before the Iterable case
            return object(object.getMap(), out);
        } else if (value instanceof JsonArray array) {
            return array(array.getList(), out);
        } else if (value instanceof JsonValue json && !(value instanceof Map) && !(value instanceof Iterable)) {
            return write(plain(json), out);
        }
        if (value == null || value instanceof Boolean) {
            out.append(value);
        } else if (value instanceof Number number) {
            out.append(new BigDecimal(number.toString()));
        } else if (value instanceof CharSequence text) {
            quote(text, out);
        } else if (value instanceof Map<?, ?> map) {
            return object(map, out);
        } else if (value instanceof Iterable<?> items) {
            return array(items, out);
        } else {
            return false;
        }
        return true;
    }

    /** A JSON-P scalar as the plain Java value it stands for (SmallRye hands variables on in JSON-P). */
    private static Object plain(JsonValue json) {
        return switch (json.getValueType()) {
            case STRING -> ((JsonString) json).getString();
            case NUMBER -> ((JsonNumber) json).bigDecimalValue();
            case TRUE -> true;
            case FALSE -> false;
            case NULL -> null;
            default -> new Object(); // objects and arrays are Maps and Lists, handled before this
        };
    }

    private static boolean object(Map<?, ?> map, StringBuilder out) {
        Map<String, Object> sorted = new TreeMap<>();
        map.forEach((key, item) -> sorted.put(String.valueOf(key), item));
        out.append('{');
        boolean first = true;
        for (Map.Entry<String, Object> entry : sorted.entrySet()) {
            out.append(first ? "" : ",");
            first = false;
            quote(entry.getKey(), out);
            out.append(':');
            if (!write(entry.getValue(), out)) {
                return false;
            }
        }
        out.append('}');
        return true;
    }

    private static boolean array(Iterable<?> items, StringBuilder out) {
        out.append('[');
        boolean first = true;
        for (Object item : items) {
            out.append(first ? "" : ",");
            first = false;
            if (!write(item, out)) {
                return false;
            }
        }
        out.append(']');
        return true;
    }

    private static void quote(CharSequence text, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        out.append('"');
    }
}
