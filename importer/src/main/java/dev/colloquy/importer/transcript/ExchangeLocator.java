package dev.colloquy.importer.transcript;

import dev.colloquy.core.exchange.Exchange;
import java.util.List;

/** Places an offset of the source in the transcript, by binary search over the exchanges in source order. */
public final class ExchangeLocator {

    private final List<Exchange> exchanges;

    public ExchangeLocator(List<Exchange> exchanges) {
        this.exchanges = List.copyOf(exchanges);
    }

    /** The ordinal of the exchange that holds the offset, or null for the article's own prose. */
    public Integer exchangeAt(int offset) {
        int low = 0;
        int high = exchanges.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            Exchange exchange = exchanges.get(mid);
            if (offset < exchange.span().start()) {
                high = mid - 1;
            } else if (offset >= exchange.span().end()) {
                low = mid + 1;
            } else {
                return exchange.ordinal();
            }
        }
        return null;
    }
}
