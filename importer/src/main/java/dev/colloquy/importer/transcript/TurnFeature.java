package dev.colloquy.importer.transcript;

/**
 * The general signals that tell a question from an answer, and the article's own prose from both. Each is
 * a fact about one paragraph (and its neighbour), worth 0 or 1; how much each counts is learned from the
 * corpus ({@link TurnWeights}), not set by hand. The reason is what a warning quotes when the signal fired.
 */
enum TurnFeature {

    // Question side: positive weights favour a question, negative an answer.
    BIAS(Side.QUESTION, null),
    LABELLED_QUESTION(Side.QUESTION, "labelled as a question"),
    LABELLED_ANSWER(Side.QUESTION, "labelled as an answer"),
    ENDS_WITH_QUESTION_SHORT(Side.QUESTION, "ends with a question mark"),
    ENDS_WITH_QUESTION_MEDIUM(Side.QUESTION, "ends with a question mark, at some length"),
    ENDS_WITH_QUESTION_LONG(Side.QUESTION, "ends with a question mark, at great length"),
    ENDS_WITH_QUESTION_AFTER_SPEAKING_FOR_ITSELF(Side.QUESTION, "ends with a question after speaking for itself"),
    ASKS_THEN_COMMENTS(Side.QUESTION, "asks a question, then comments"),
    ASKS_AND_ANSWERS_ITSELF(Side.QUESTION, "asks a question and answers it"),
    NO_QUESTION_MARK(Side.QUESTION, "no question mark"),
    ADDRESSES_YOU(Side.QUESTION, "addresses 'you'"),
    GENERIC_YOU(Side.QUESTION, "uses a generic 'you'"),
    SHORT(Side.QUESTION, "short"),
    MEDIUM(Side.QUESTION, null),
    LONGISH(Side.QUESTION, "longish"),
    LONG(Side.QUESTION, "long"),
    SPEAKS_AS_I(Side.QUESTION, "speaks as 'I'"),
    SPEAKS_AS_I_AND_ASKS(Side.QUESTION, "speaks as 'I' and asks"),
    SPEAKS_AS_WE(Side.QUESTION, "speaks as 'we'"),
    SPEAKS_AS_WE_AND_ASKS(Side.QUESTION, "speaks as 'we' and asks"),
    NOT_OF_ITSELF(Side.QUESTION, "does not speak of itself"),
    ANSWER_OPENER(Side.QUESTION, "opens like an answer"),
    QUESTION_OPENER(Side.QUESTION, "opens like a question"),
    REPORTS_OTHERS(Side.QUESTION, "reports what others say"),
    MUCH_SHORTER_THAN_NEXT(Side.QUESTION, "much shorter than what follows"),
    LONGER_THAN_NEXT(Side.QUESTION, "longer than what follows"),
    MUCH_SHORTER_THAN_PREVIOUS(Side.QUESTION, "much shorter than what precedes"),
    NAMES_INTERVIEWEE(Side.QUESTION, "names the interviewee"),
    NEXT_OPENS_LIKE_AN_ANSWER(Side.QUESTION, "what follows opens like an answer"),
    NEXT_SPEAKS_AS_I(Side.QUESTION, "what follows speaks as 'I'"),
    ENDS_WITH_COLON(Side.QUESTION, "ends with a colon"),
    EMPHASISED(Side.QUESTION, "set in bold or as a heading"),

    // Lead side: positive weights favour the article's own prose.
    LEAD_BIAS(Side.LEAD, null),
    LEAD_NAMES_INTERVIEWEE(Side.LEAD, "speaks of the interviewee by name"),
    LEAD_QUOTES_SPEECH(Side.LEAD, "quotes speech"),
    LEAD_DATELINE(Side.LEAD, "opens with a dateline"),
    LEAD_REPORTS_SPEECH(Side.LEAD, "reports speech"),
    LEAD_ENDS_WITH_QUESTION(Side.LEAD, "ends with a question mark"),
    LEAD_ADDRESSES_YOU(Side.LEAD, "addresses 'you'"),
    LEAD_SPEAKS_AS_I(Side.LEAD, "speaks as 'I'"),
    LEAD_THIRD_PERSON_PAST(Side.LEAD, "tells of the interviewee in the third person"),
    LEAD_OPENS_LIKE_A_QUESTION(Side.LEAD, "opens like a question"),
    LEAD_SHORT(Side.LEAD, "short for a paragraph of prose");

    enum Side {
        QUESTION,
        LEAD
    }

    final Side side;
    final String reason;

    TurnFeature(Side side, String reason) {
        this.side = side;
        this.reason = reason;
    }

    /** The name used in the weights file: lower case with hyphens. */
    String key() {
        return name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
