package se.lofte.incidents.sources;

import java.io.FilterReader;
import java.io.IOException;
import java.io.Reader;

/**
 * Holds one item of a file (a JSON array element, a CSV record) to a size, so that a parser's memory does
 * not grow with a file that never closes a quote or an object. The parser calls {@link #nextItem()} when
 * an item starts; reading more than {@link #LIMIT} characters from then on fails the read, and
 * {@link #exceeded()} tells that failure from a real I/O error. Closing does not close the source: the
 * caller of {@link IncidentParser#parse} owns it.
 */
final class ItemBudget {

    /** Far above any real item (a police event is about 400 bytes), far below a worrying heap. */
    static final int LIMIT = 1 << 20;

    private long used;
    private boolean exceeded;

    void nextItem() {
        used = 0;
    }

    boolean exceeded() {
        return exceeded;
    }

    private void spend(long n) throws IOException {
        if (n > 0) {
            used += n;
            if (used > LIMIT + 65_536L) {
                // The slack is the readers' look-ahead buffers, read before an item is known to have begun.
                exceeded = true;
                throw new IOException("item larger than " + LIMIT);
            }
        }
    }

    Reader guard(Reader in) {
        return new FilterReader(in) {
            @Override
            public int read() throws IOException {
                int c = super.read();
                spend(c < 0 ? 0 : 1);
                return c;
            }

            @Override
            public int read(char[] buffer, int offset, int length) throws IOException {
                int n = super.read(buffer, offset, length);
                spend(n);
                return n;
            }

            @Override
            public void close() {
            }
        };
    }
}
