package dev.colloquy.importer.transcript;

import dev.colloquy.core.exchange.Exchange;
import java.util.List;

/** Places an offset of the source in the transcript. */
public final class ExchangeLocator {

    private ExchangeLocator() {
    }

    /** The ordinal of the exchange that holds the offset, or null for the article's own prose. */
    public static Integer exchangeAt(List<Exchange> exchanges, int offset) {
        for (Exchange exchange : exchanges) {
            if (exchange.span().start() <= offset && offset < exchange.span().end()) {
                return exchange.ordinal();
            }
        }
        return null;
    }
}
