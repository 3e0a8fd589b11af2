package dev.colloquy.api.search;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Folds British spellings into American ones, word by word ("defence" → "defense", "centre" → "center",
 * "organise" → "organize", "colour" → "color", "travelled" → "traveled"), so that a search in either
 * spelling finds both. Applied to lower-cased tokens at index and at query time, before stemming.
 * The suffix rules only fire on known stems, or (for -ise) outside a list of words where -ise is not a
 * variant ("promise", "exercise"), because a blind rule would merge unrelated words ("four", "more").
 */
final class SpellingVariants {

    private static final Map<String, String> WORDS = Map.ofEntries(
            Map.entry("defence", "defense"), Map.entry("defences", "defenses"),
            Map.entry("offence", "offense"), Map.entry("offences", "offenses"),
            Map.entry("pretence", "pretense"), Map.entry("licence", "license"), Map.entry("licences", "licenses"),
            Map.entry("programme", "program"), Map.entry("programmes", "programs"),
            Map.entry("catalogue", "catalog"), Map.entry("catalogues", "catalogs"),
            Map.entry("dialogue", "dialog"), Map.entry("dialogues", "dialogs"),
            Map.entry("analogue", "analog"), Map.entry("grey", "gray"), Map.entry("cheque", "check"),
            Map.entry("tyre", "tire"), Map.entry("tyres", "tires"), Map.entry("aluminium", "aluminum"),
            Map.entry("judgement", "judgment"), Map.entry("judgements", "judgments"), Map.entry("ageing", "aging"),
            Map.entry("manoeuvre", "maneuver"), Map.entry("manoeuvres", "maneuvers"),
            Map.entry("jewellery", "jewelry"), Map.entry("plough", "plow"), Map.entry("mould", "mold"),
            Map.entry("sceptic", "skeptic"), Map.entry("sceptical", "skeptical"),
            Map.entry("practise", "practice"), Map.entry("practised", "practiced"),
            Map.entry("practising", "practicing"), Map.entry("enrolment", "enrollment"),
            Map.entry("fulfil", "fulfill"), Map.entry("instalment", "installment"),
            Map.entry("paediatric", "pediatric"), Map.entry("encyclopaedia", "encyclopedia"),
            Map.entry("foetus", "fetus"), Map.entry("oestrogen", "estrogen"), Map.entry("anaemia", "anemia"));

    /** colour, favour, honour…: stem + "our" + one of these endings becomes stem + "or" + ending. */
    private static final Pattern OUR = Pattern.compile(
            "(colo|favo|hono|labo|behavio|neighbo|harbo|humo|rumo|vapo|flavo|endeavo|armo|savo|parlo|vigo|valo"
                    + "|splendo|rigo|odo|clamo|tumo|ardo|fervo|cando)ur(|s|ed|ing|ite|ites|able|ably|er|ers|ful"
                    + "|fully|less|hood|hoods|ist|ists|y)");

    /** centre, theatre, metre…: stem + "re"/"res"/"red"/"ring" becomes stem + "er"/"ers"/"ered"/"ering". */
    private static final Pattern RE = Pattern.compile(
            "(cent|theat|met|lit|fib|calib|spect|somb|lust|meag|sab|scept|epicent)r(e|es|ed|ing)");

    /** organise, organised, organisation…: -is- becomes -iz- unless the word is one of NOT_ISE. */
    private static final Pattern ISE = Pattern.compile("(\\p{L}{3,})is(e|es|ed|ing|er|ers|ation|ations|able)");

    /** Roots whose -ise is the only spelling: "advise" is never "advize". */
    private static final Set<String> NOT_ISE = Set.of("adv", "ar", "chast", "circumc", "compr", "comprom", "conc",
            "dem", "desp", "dev", "disgu", "enterpr", "exc", "exerc", "expert", "franch", "improv", "inc",
            "merchand", "otherw", "prem", "prec", "prom", "ra", "rev", "superv", "surm", "surpr", "telev", "no",
            "po", "pra", "parad", "porpo", "torto", "cru", "bru", "an", "treat", "gu", "val", "repr", "likew",
            "clockw", "appra", "appr", "mort", "sunr", "upr", "w", "r", "dispra", "unw");

    /** analyse, paralyse…: -yse becomes -yze. */
    private static final Pattern YSE = Pattern.compile("(anal|paral|catal|electrol|dial|breathal|hydrol)ys(e|es|ed|ing|er|ers)");

    /** travelled, cancelling, modeller…: the doubled l before -ed/-ing/-er is single in American spelling. */
    private static final Pattern DOUBLE_L = Pattern.compile(
            "(trave|cance|labe|mode|fue|signa|counse|leve|marve|quarre|tota|channe|dia|jewe|libe|peda|shove"
                    + "|tunne|due|equa|riva|pane|barre|beve|chise|ename|grave|grove|funne|marsha|penci|snive"
                    + "|swive|towe|unrave|yode|initia)ll(ed|ing|er|ers)");

    private SpellingVariants() {
    }

    /** The American spelling of a lower-cased word, or the word itself. */
    static String fold(String word) {
        String known = WORDS.get(word);
        if (known != null) {
            return known;
        }
        Matcher m = OUR.matcher(word);
        if (m.matches()) {
            return m.group(1) + "r" + m.group(2);
        }
        m = RE.matcher(word);
        if (m.matches()) {
            return m.group(1) + switch (m.group(2)) {
                case "e" -> "er";
                case "es" -> "ers";
                case "ed" -> "ered";
                default -> "ering";
            };
        }
        m = YSE.matcher(word);
        if (m.matches()) {
            return m.group(1) + "yz" + m.group(2);
        }
        m = DOUBLE_L.matcher(word);
        if (m.matches()) {
            return m.group(1) + "l" + m.group(2);
        }
        m = ISE.matcher(word);
        if (m.matches() && !NOT_ISE.contains(m.group(1))) {
            return m.group(1) + "iz" + m.group(2);
        }
        return word;
    }
}
