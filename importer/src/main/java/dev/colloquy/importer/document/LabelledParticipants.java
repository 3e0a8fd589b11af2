package dev.colloquy.importer.document;

import dev.colloquy.core.interview.Speaker;

/**
 * Whom the turn labels suggest as interviewee and interviewer (either may be null): a hint that
 * FindParticipants weighs after the front matter, as the one stage that names the participants.
 */
public record LabelledParticipants(Speaker interviewee, Speaker interviewer) {

    public static final LabelledParticipants NONE = new LabelledParticipants(null, null);

    public LabelledParticipants orIntervieweeIfNone(Speaker candidate) {
        return interviewee != null ? this : new LabelledParticipants(candidate, interviewer);
    }

    public LabelledParticipants orInterviewerIfNone(Speaker candidate) {
        return interviewer != null ? this : new LabelledParticipants(interviewee, candidate);
    }
}
