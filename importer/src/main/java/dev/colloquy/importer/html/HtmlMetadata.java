package dev.colloquy.importer.html;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.colloquy.importer.text.IsoDates;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The article's metadata as pages declare it for search engines and social networks: JSON-LD
 * ({@code NewsArticle} and its kin), Open Graph and article meta tags. JSON-LD is preferred, being the
 * most structured; a page's malformed JSON is skipped, never fatal.
 *
 * @param headline    the declared title, or null
 * @param publishedOn the publication date, or null
 * @param author      the article's author (for an interview, the interviewer), or null
 * @param publisher   the outlet's name, or null
 * @param url         the canonical address, or null
 */
public record HtmlMetadata(String headline, LocalDate publishedOn, String author, String publisher, String url) {

    private static final ObjectMapper JSON = new ObjectMapper();

    static HtmlMetadata of(Document page) {
        JsonNode article = jsonLdArticle(page);
        String headline = first(text(article, "headline"), meta(page, "og:title"));
        String date = first(
                text(article, "datePublished"),
                meta(page, "article:published_time"),
                meta(page, "datePublished"),
                meta(page, "date"),
                timeAttribute(page));
        String author = first(
                name(article == null ? null : article.get("author")),
                meta(page, "author"),
                meta(page, "article:author"));
        String publisher = first(
                name(article == null ? null : article.get("publisher")),
                meta(page, "og:site_name"),
                siteInTitle(page, headline));
        Element canonical = page.selectFirst("link[rel=canonical][href]");
        String url =
                first(text(article, "url"), canonical == null ? null : canonical.attr("href"), meta(page, "og:url"));
        return new HtmlMetadata(
                headline,
                date == null ? null : IsoDates.dateOf(date),
                author == null || author.startsWith("http") ? null : author,
                publisher,
                url);
    }

    /** How pages join the article's title and the site's name in {@code <title>}: "Title | Site". */
    private static final String[] TITLE_SEPARATORS = {" | ", " — ", " – ", " - ", " · ", " :: ", " » "};

    private static final int MAX_SITE_WORDS = 6;

    /**
     * The site's name where the page's {@code <title>} is the article's title (its {@code <h1>} or declared
     * headline) and the site's name joined by a separator, in either order: "Spotlight on SIG Testing |
     * Kubernetes Contributors", "… - Wikinews, the free news source" (a tagline after a comma is dropped).
     */
    static String siteInTitle(Document page, String declaredHeadline) {
        String title = blankToNull(page.title());
        if (title == null) {
            return null;
        }
        List<String> headlines = new ArrayList<>();
        for (Element heading : page.select("h1, h2, h3")) {
            headlines.add(heading.text()); // blog templates put the site's name in the h1, the post's in a smaller one
        }
        if (declaredHeadline != null) {
            headlines.add(declaredHeadline);
        }
        for (String headline : headlines) {
            String site = blankToNull(headline) == null ? null : siteInTitle(title, headline);
            if (site != null) {
                return site;
            }
        }
        return siteBeforeColon(page, title);
    }

    /**
     * "Site: Title", as old blog templates write it, only where the part before the colon is also what the page's
     * link to its own home page says, so that "Interview: Jane Doe" does not make "Interview" a site.
     */
    private static String siteBeforeColon(Document page, String title) {
        int colon = title.indexOf(": ");
        if (colon <= 0) {
            return null;
        }
        String site = title.substring(0, colon).strip();
        for (Element home : page.select("a[href=/]")) {
            if (sameTitle(home.text(), site) && site.split("\\s+").length <= MAX_SITE_WORDS) {
                return site;
            }
        }
        return null;
    }

    private static String siteInTitle(String title, String headline) {
        for (String separator : TITLE_SEPARATORS) {
            int last = title.lastIndexOf(separator);
            int firstAt = title.indexOf(separator);
            String site = null;
            if (last > 0 && sameTitle(title.substring(0, last), headline)) {
                site = title.substring(last + separator.length());
            } else if (firstAt > 0 && sameTitle(title.substring(firstAt + separator.length()), headline)) {
                site = title.substring(0, firstAt);
            }
            if (site != null) {
                int comma = site.indexOf(", ");
                String name = (comma > 0 ? site.substring(0, comma) : site).strip();
                int words = name.isEmpty() ? 0 : name.split("\\s+").length;
                return words >= 1 && words <= MAX_SITE_WORDS && !sameTitle(name, headline) ? name : null;
            }
        }
        return null;
    }

    private static boolean sameTitle(String one, String other) {
        return normalised(one).equals(normalised(other));
    }

    private static String normalised(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
    }

    /** The first JSON-LD object whose type is an article, looking into arrays and {@code @graph}. */
    private static JsonNode jsonLdArticle(Document page) {
        for (Element script : page.select("script[type=application/ld+json]")) {
            try {
                JsonNode root = JSON.readTree(script.data());
                List<JsonNode> candidates = new ArrayList<>();
                collect(root, candidates, 0);
                for (JsonNode node : candidates) {
                    if (isArticle(node.get("@type"))) {
                        return node;
                    }
                }
            } catch (java.io.IOException | RuntimeException malformed) {
                // a page's broken JSON-LD is its problem; the meta tags may still say enough
            }
        }
        return null;
    }

    private static void collect(JsonNode node, List<JsonNode> into, int depth) {
        if (node == null || depth > 4) {
            return;
        }
        if (node.isArray()) {
            node.forEach(child -> collect(child, into, depth + 1));
        } else if (node.isObject()) {
            into.add(node);
            collect(node.get("@graph"), into, depth + 1);
        }
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (isArticle(each)) {
                    return true;
                }
            }
            return false;
        }
        String name = type.asText().toLowerCase(Locale.ROOT);
        return name.endsWith("article") || name.equals("blogposting") || name.equals("report");
    }

    /** A person's or organisation's name: a string, an object with "name", or the first of an array. */
    private static String name(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            return node.isEmpty() ? null : name(node.get(0));
        }
        if (node.isTextual()) {
            return blankToNull(node.asText());
        }
        return text(node, "name");
    }

    private static String text(JsonNode node, String field) {
        if (node == null || node.get(field) == null || !node.get(field).isValueNode()) {
            return null;
        }
        return blankToNull(node.get(field).asText());
    }

    private static String meta(Document page, String key) {
        Element meta =
                page.selectFirst("meta[property=" + key + "], meta[name=" + key + "], meta[itemprop=" + key + "]");
        return meta == null ? null : blankToNull(meta.attr("content"));
    }

    private static String timeAttribute(Document page) {
        Element time = page.selectFirst("article time[datetime], time[datetime]");
        return time == null ? null : blankToNull(time.attr("datetime"));
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
