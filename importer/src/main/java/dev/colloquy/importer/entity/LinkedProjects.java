package dev.colloquy.importer.entity;

import dev.colloquy.core.entity.EntityType;
import dev.colloquy.core.text.Span;
import dev.colloquy.importer.entity.Candidate.Evidence;
import dev.colloquy.importer.text.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "[Kustomize](https://github.com/kubernetes-sigs/kustomize)", "[`krew`](https://github.com/kubernetes-sigs/krew)":
 * a link whose text is the name of the code repository or package it points at names that piece of software,
 * whatever its case ("kubectl", "Sphinx-Gallery" for "sphinx-gallery"). The article itself says what the name
 * is, which no list of software can know for every small project. Markdown and HTML links are read.
 */
final class LinkedProjects implements CandidateRule {

    /** A link found in the article: the exact characters of its text, and that text as the project's name. */
    record Link(Span span, String name) {}

    private static final Pattern MARKDOWN_LINK =
            Pattern.compile("\\[[ \\t]*`?([^\\]\\[`\\n]{2,80}?)`?[ \\t]*\\]\\([ \\t]*<?(https?://[^)\\s>]+)");

    private static final Pattern HTML_LINK = Pattern.compile(
            "<a\\s[^>]*?href\\s*=\\s*[\"'](https?://[^\"']+)[\"'][^>]*>[ \\t]*(?:<code>)?([^<\\n]{2,80}?)(?:</code>)?[ \\t]*</a>",
            Pattern.CASE_INSENSITIVE);

    private static final List<Pattern> PROJECT_ADDRESSES = WordList.asWritten("/entity/code-hosts.txt").stream()
            .map(LinkedProjects::addressPattern)
            .toList();

    private static final Set<String> GENERIC_NAMES = WordList.load("/entity/generic-repository-names.txt");

    private final List<Link> links;

    LinkedProjects(List<Link> links) {
        this.links = links;
    }

    /** The links of {@code text} whose text names the project they point at, in the order of the text. */
    static List<Link> in(String text) {
        List<Link> found = new ArrayList<>();
        Matcher markdown = MARKDOWN_LINK.matcher(text);
        while (markdown.find()) {
            addIfProject(found, new Span(markdown.start(1), markdown.end(1)), markdown.group(1), markdown.group(2));
        }
        Matcher html = HTML_LINK.matcher(text);
        while (html.find()) {
            addIfProject(found, new Span(html.start(2), html.end(2)), html.group(2), html.group(1));
        }
        found.sort((a, b) -> a.span().compareTo(b.span()));
        return List.copyOf(found);
    }

    /** Adds the links of this paragraph as products, where no earlier rule took their words. */
    @Override
    public int apply(Scan scan, Run run, int at) {
        for (Link link : links) {
            if (link.span().start() >= run.from()
                    && link.span().end() <= run.to()
                    && !scan.overlapsFound(link.span())) {
                scan.add(Candidate.resolved(
                        scan.cut(link.span()), link.span(), link.name(), EntityType.PRODUCT, Evidence.LISTED));
            }
        }
        return 0;
    }

    private static void addIfProject(List<Link> found, Span span, String text, String address) {
        String name = text.strip();
        if (name.isEmpty() || name.startsWith("@") || GENERIC_NAMES.contains(name.toLowerCase(Locale.ROOT))) {
            return;
        }
        String project = projectOf(address);
        if (project != null && key(project).equals(key(name)) && key(name).length() >= 2) {
            int start = span.start() + text.indexOf(name);
            found.add(new Link(new Span(start, start + name.length()), name));
        }
    }

    /** The project a code host's or package registry's address names, or null for any other address. */
    private static String projectOf(String address) {
        for (Pattern pattern : PROJECT_ADDRESSES) {
            Matcher matcher = pattern.matcher(address);
            if (matcher.lookingAt()) {
                return matcher.group(1);
            }
        }
        return null;
    }

    /** "sphinx-gallery", "Sphinx Gallery" and "Sphinx_Gallery" are one name: letters and digits alone, in lower case. */
    private static String key(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static Pattern addressPattern(String prefix) {
        String[] parts = prefix.split("\\*", -1);
        StringBuilder regex = new StringBuilder("https?://(?:www\\.)?").append(Pattern.quote(parts[0]));
        for (int i = 1; i < parts.length; i++) {
            regex.append("[^/?#]+").append(Pattern.quote(parts[i]));
        }
        return Pattern.compile(regex.append("([^/?#]+)").toString(), Pattern.CASE_INSENSITIVE);
    }
}
