package dev.colloquy.core.interview;

import dev.colloquy.core.exchange.Exchange;
import java.util.List;
import java.util.Objects;

/** The transcript of an interview: who asked, who answered, and the exchanges in order. */
public record Interview(Speaker interviewer, Speaker interviewee, List<Exchange> exchanges) {

    public Interview {
        Objects.requireNonNull(interviewee, "interviewee");
        exchanges = List.copyOf(exchanges);
        if (exchanges.isEmpty()) {
            throw new IllegalArgumentException("an interview has at least one exchange");
        }
        for (int i = 0; i < exchanges.size(); i++) {
            if (exchanges.get(i).ordinal() != i + 1) {
                throw new IllegalArgumentException(
                        "exchange ordinals must run 1.." + exchanges.size() + " in order; position " + (i + 1)
                                + " holds " + exchanges.get(i).ordinal());
            }
        }
        for (int i = 1; i < exchanges.size(); i++) {
            if (exchanges.get(i).span().start() < exchanges.get(i - 1).span().end()) {
                throw new IllegalArgumentException("exchange " + (i + 1) + " overlaps exchange " + i);
            }
        }
    }

    public Exchange exchange(int ordinal) {
        return exchanges.get(ordinal - 1);
    }
}
