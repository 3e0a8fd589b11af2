package dev.colloquy.importer.layout;

import dev.colloquy.importer.document.TurnLabel;
import dev.colloquy.importer.text.Names;
import dev.colloquy.importer.text.WordList;
import dev.colloquy.importer.transcript.TurnLabels;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells which turn labels of one transcript name the same person, and by what full name. Transcripts name
 * a speaker in full once and shorter afterwards: "Xing Yang (XY):" then "XY:", "Jane Doe:" then "Mr Doe:"
 * or "Jane:", "MS. PSAKI:" for the "Jen Psaki" of the headline, "JP:" for a "Jean Pierre" named in the
 * opening. Each label maps to one canonical label and a display name.
 */
public final class SpeakerNames {

    private static final Pattern INITIALS = Pattern.compile("\\p{Lu}{2,4}");
    private static final Pattern HONORIFIC =
            Pattern.compile("(?i)^" + WordList.choice("/layout/honorifics.txt") + "\\.?[ \\u00a0]+");

    private final Map<String, String> canonical = new LinkedHashMap<>();
    private final Map<String, String> display = new LinkedHashMap<>();
    private final Map<String, String> roles = new LinkedHashMap<>();

    /**
     * @param labels the speaker labels in transcript order
     * @param prose  the article's readable text: where full names of shortened labels are looked up
     */
    public SpeakerNames(Collection<TurnLabel> labels, String prose) {
        Map<String, String> aliases = new LinkedHashMap<>(); // alias → canonical label
        List<String> full = new ArrayList<>();
        for (TurnLabel label : labels) {
            String name = label.speaker();
            if (canonical.containsKey(name)) {
                continue;
            }
            String same = aliases.getOrDefault(name, sameAsEarlier(name, full));
            canonical.put(name, same != null ? same : name);
            if (same == null) {
                full.add(name);
                String alias = label.role();
                if (alias != null && INITIALS.matcher(alias).matches()) {
                    aliases.put(alias, name); // "Xing Yang (XY)": the parenthesis is the short label
                } else if (label.role() != null) {
                    roles.putIfAbsent(name, label.role());
                }
            }
        }
        for (String name : full) {
            display.put(name, fullName(name, prose));
        }
    }

    /** The label that stands for the same person as {@code label}: itself for a first mention. */
    public String canonical(String label) {
        return canonical.getOrDefault(label, label);
    }

    /** The name to show for a label's speaker: as full as the article gives it. */
    public String displayName(String label) {
        return display.getOrDefault(canonical(label), TurnLabels.displayName(label));
    }

    /** The role a label gave in parentheses ("MARIA LOPEZ (Herald):"), if it was no short form of the name. */
    public String role(String label) {
        return roles.get(canonical(label));
    }

    /** An earlier full label that this shorter one stands for, or null. */
    private static String sameAsEarlier(String label, List<String> earlier) {
        String core = HONORIFIC.matcher(label).replaceFirst("");
        String[] words = core.split("[ \\u00a0]+");
        for (String candidate : earlier) {
            String[] candidateWords =
                    HONORIFIC.matcher(candidate).replaceFirst("").split("[ \\u00a0]+");
            if (candidateWords.length < 2 || isJoint(candidate)) {
                continue; // "DM" is not the joint "DM & RL" it begins
            }
            if (words.length == 1
                    && (core.equalsIgnoreCase(candidateWords[0])
                            || core.equalsIgnoreCase(candidateWords[candidateWords.length - 1]))) {
                return candidate;
            }
            if (INITIALS.matcher(core).matches() && core.equals(initials(candidateWords))) {
                return candidate;
            }
        }
        return null;
    }

    private static final Pattern OFFICE = Pattern.compile("(?i)^the[ \\u00a0]+((?:\\p{L}+[ \\u00a0]+){0,2}\\p{L}+)$");

    /**
     * "THE PRESIDENT": whoever the article names with that title ("Press Gaggle by President Biden"), as the
     * article names them ("President Biden": the reference data lists no people); null for any other label.
     */
    private static String holderOfOffice(String label, String prose) {
        Matcher office = OFFICE.matcher(label.strip());
        if (!office.matches() || !Names.isTitleWord(office.group(1).split("[ \\u00a0]+")[0])) {
            return null;
        }
        String title = TurnLabels.displayName(office.group(1).toUpperCase(java.util.Locale.ROOT));
        Pattern holders = Pattern.compile("\\b" + Pattern.quote(title) + "[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{M}’'-]+)\\b");
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (MatchResult holder : LineMatches.find(holders, prose, title, false)) {
            if (!Names.isNotAName(holder.group(1)) && !Names.isTitleWord(holder.group(1))) {
                counts.merge(holder.group(1), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .map(surname -> title + " " + surname)
                .orElse(null);
    }

    /**
     * "ADMINISTRATOR CRISWELL", "ACTING ADMINISTRATOR SLAVITT": titles in front leave a surname to complete,
     * as an honorific would ("MR. CRISWELL").
     */
    private static String withoutLeadingTitle(String label) {
        String[] words = label.split("[ \\u00a0]+");
        int first = 0;
        while (first < words.length - 1 && Names.isTitleWord(words[first])) {
            first++;
        }
        if (first > 0 && first == words.length - 1 && !HONORIFIC.matcher(label).find()) {
            return "Mr. " + words[first]; // an honorific of no gender: only its position matters below
        }
        return label;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /**
     * A short form written without the accents of the full given name: "Fred" for the "Frédéric Plourde" the
     * article names. Only the people the prose names in full are looked at, and only when nothing else fitted.
     */
    private static Map<String, Integer> longerWithAccents(String shown, String prose) {
        String folded = fold(shown);
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (Names.Candidate person : Names.personCandidates(prose)) {
            String[] words = person.name().split("[ \\u00a0]+");
            String given = fold(words[0]);
            if (words.length >= 2 && given.length() > folded.length() && given.startsWith(folded)) {
                counts.merge(person.name(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static String fold(String word) {
        return MARKS.matcher(java.text.Normalizer.normalize(word, java.text.Normalizer.Form.NFD))
                .replaceAll("")
                .toLowerCase(java.util.Locale.ROOT);
    }

    /** "Jeremy Olmsted-Thompson" → "JOT": each word and each part of a hyphenated word gives its letter. */
    private static String initials(String[] words) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            for (String part : word.split("-")) {
                if (!part.isEmpty()) {
                    initials.append(Character.toUpperCase(part.charAt(0)));
                }
            }
        }
        return initials.toString();
    }

    /** A label for several speakers at once ("M/G/S", "Both", "Jane & John"): nobody's name. */
    public static boolean isJoint(String label) {
        return label.contains("/")
                || label.contains("&")
                || label.contains(" and ")
                || label.equalsIgnoreCase("both")
                || label.equalsIgnoreCase("all");
    }

    /**
     * The completed name with the surnames the article gives after it: "Piñeiro:" is found as "Alejandro Piñeiro"
     * in "Alejandro Piñeiro Iglesias", whose second surname (Spanish and Portuguese names carry two) belongs to
     * the name. Only a run the prose reads as one person's name is taken, so a capitalised word that merely follows
     * the name ("… Piñeiro Tuesday") is not.
     */
    private static String withLaterSurnames(String name, String prose) {
        String fuller = name;
        for (Names.Candidate person : Names.personCandidates(prose)) {
            String candidate = person.name().replaceAll("[ \\u00a0]+", " ");
            if (candidate.startsWith(name + " ") && candidate.length() > fuller.length()) {
                fuller = candidate;
            }
        }
        // Only a name the article never gives without the surnames: "Sandipan Panda Published 2 March" (a byline
        // run into its date) is no fuller name where "Sandipan Panda spoke with …" stands elsewhere.
        return fuller.equals(name) || mentions(prose, fuller) < mentions(prose, name) ? name : fuller;
    }

    private static int mentions(String prose, String name) {
        Matcher matcher = Pattern.compile("(?<![\\p{L}\\p{M}])"
                        + Pattern.quote(name).replace(" ", "\\E[ \\u00a0\\n]+\\Q")
                        + "(?![\\p{L}\\p{M}])")
                .matcher(prose);
        int count = 0;
        while (matcher.find()) {
            count++;
        }
        return count;
    }

    /**
     * The label as a name, completed from the prose when the label is a surname ("MS. PSAKI" → "Jen Psaki"),
     * a given name ("Katrina" → "Katrina Verey") or initials ("JP" → "Jean Pierre") of a person the article
     * names; the most frequent completion wins.
     */
    static String fullName(String label, String prose) {
        String byOffice = holderOfOffice(label, prose);
        if (byOffice != null) {
            return byOffice;
        }
        label = withoutLeadingTitle(label);
        String shown = TurnLabels.displayName(HONORIFIC.matcher(label).replaceFirst(""));
        boolean initials = INITIALS.matcher(label).matches();
        if (shown.split("[ \\u00a0]+").length > 1 && !initials) {
            return shown;
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        if (initials) {
            for (Names.Candidate person : Names.personCandidates(prose)) {
                if (label.equals(initials(person.name().split("[ \\u00a0]+")))) {
                    counts.merge(person.name(), 1, Integer::sum);
                }
            }
        } else {
            Pattern givenNames = Pattern.compile(
                    "(\\p{Lu}[\\p{L}\\p{M}’'-]+)[ \\u00a0]+(?:\\p{Lu}\\.[ \\u00a0]+)?(" + Pattern.quote(shown) + ")\\b",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (MatchResult given : LineMatches.find(givenNames, prose, shown, true)) {
                boolean capitalised = Character.isUpperCase(given.group(1).charAt(0))
                        && Character.isUpperCase(given.group(2).charAt(0));
                // a word in capitals before the given name is a family name put first, as Chinese names are
                // written in English ("I'm WU Shuyang"): the order the article uses elsewhere is taken instead
                if (capitalised
                        && !Names.isTitleWord(given.group(1))
                        && !Names.isNotAName(given.group(1))
                        && !Names.isContraction(given.group(1))
                        && !Names.isAcronym(given.group(1))) {
                    counts.merge(given.group().replaceAll("[ \\u00a0]+", " "), 1, Integer::sum);
                }
            }
        }
        if (counts.isEmpty() && !initials && !HONORIFIC.matcher(label).find()) {
            // no "Given Label" anywhere: the label may be the given name of a "Label Surname"
            Pattern surnamesAfter = Pattern.compile(
                    "\\b(" + Pattern.quote(shown) + ")[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{M}’'-]+)",
                    Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
            for (MatchResult surnameAfter : LineMatches.find(surnamesAfter, prose, shown, true)) {
                boolean capitalised =
                        Character.isUpperCase(surnameAfter.group(1).charAt(0))
                                && Character.isUpperCase(surnameAfter.group(2).charAt(0));
                if (capitalised
                        && !Names.isNotAName(surnameAfter.group(2))
                        && !Names.isTitleWord(surnameAfter.group(2))) {
                    counts.merge(surnameAfter.group().replaceAll("[ \\u00a0]+", " "), 1, Integer::sum);
                }
            }
        }
        if (counts.isEmpty() && !initials && !HONORIFIC.matcher(label).find() && shown.length() >= 3) {
            // a short form of the given name: "Ben" for the "Benjamin Elder" the article names, if only one fits
            Pattern longerNames =
                    Pattern.compile("\\b(" + Pattern.quote(shown) + "\\p{Ll}+)[ \\u00a0]+(\\p{Lu}[\\p{L}\\p{M}’'-]+)");
            for (MatchResult longer : LineMatches.find(longerNames, prose, shown, false)) {
                if (!Names.isNotAName(longer.group(2)) && !Names.isTitleWord(longer.group(2))) {
                    counts.merge(longer.group().replaceAll("[ \\u00a0]+", " "), 1, Integer::sum);
                }
            }
            if (counts.isEmpty()) {
                counts.putAll(longerWithAccents(shown, prose));
            }
            if (counts.size() > 1) {
                counts.clear(); // "Dan" for a Daniel and a Danielle: no telling
            }
        }
        return counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .map(Map.Entry::getKey)
                .map(name -> initials ? name : withLaterSurnames(name, prose))
                .orElse(TurnLabels.displayName(label));
    }
}
