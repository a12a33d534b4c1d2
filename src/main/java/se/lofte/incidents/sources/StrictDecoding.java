package se.lofte.incidents.sources;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Text read from bytes with a decoder that reports what it cannot decode: bytes that are not valid in the
 * file's encoding end the reading with {@link BadEncoding}, naming the line they stand on. An
 * {@code InputStreamReader} would put U+FFFD in their place and read on, so a wrongly chosen encoding (a
 * Latin-1 export read as UTF-8) would store mangled names without a word. The characters before the bad
 * bytes are handed on first, so the rows before them are read as usual. A UTF-8 byte order mark is skipped.
 * Closing does not close the source: the caller of {@link IncidentParser#parse} owns it.
 */
final class StrictDecoding extends Reader {

    /** The bytes at {@code line} (1 is the first line) are not valid {@code charset}. */
    static final class BadEncoding extends IOException {

        private final long line;
        private final String charset;

        BadEncoding(long line, String charset) {
            super("line " + line + " is not valid " + charset);
            this.line = line;
            this.charset = charset;
        }

        long line() {
            return line;
        }

        String charset() {
            return charset;
        }
    }

    private static final int BUFFER = 8192;

    private final InputStream in;
    private final Charset charset;
    private final CharsetDecoder decoder;
    private final ByteBuffer bytes = ByteBuffer.allocate(BUFFER).flip();
    private final CharBuffer chars = CharBuffer.allocate(BUFFER).flip();
    private boolean endOfInput;
    private boolean flushed;
    private boolean started;
    private boolean afterCarriageReturn;
    /** Line breaks among the characters decoded so far: CR, LF and CR LF each count once. */
    private long lineBreaks;
    private BadEncoding failure;

    StrictDecoding(InputStream in, Charset charset) {
        this.in = in;
        this.charset = charset;
        this.decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    @Override
    public int read(char[] buffer, int offset, int length) throws IOException {
        if (length == 0) {
            return 0;
        }
        while (!chars.hasRemaining()) {
            if (failure != null) {
                throw failure;
            }
            if (flushed) {
                return -1;
            }
            decodeMore();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(buffer, offset, n);
        return n;
    }

    /** Decodes the next characters into {@code chars}; sets {@link #failure} at bytes it cannot decode. */
    private void decodeMore() throws IOException {
        chars.clear();
        while (chars.position() == 0 && failure == null && !flushed) {
            if (!endOfInput) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.arrayOffset() + bytes.position(), bytes.remaining());
                if (n < 0) {
                    endOfInput = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            int from = chars.position();
            CoderResult result = decoder.decode(bytes, chars, endOfInput);
            countLineBreaks(from);
            if (result.isError()) {
                failure = new BadEncoding(lineBreaks + 1, charset.name());
            } else if (endOfInput && !bytes.hasRemaining()) {
                from = chars.position();
                decoder.flush(chars);
                countLineBreaks(from);
                flushed = true;
            }
        }
        chars.flip();
        if (!started && chars.hasRemaining()) {
            started = true;
            if (charset.equals(StandardCharsets.UTF_8) && chars.get(0) == '\uFEFF') {
                chars.get();
            }
        }
    }

    private void countLineBreaks(int from) {
        for (int i = from; i < chars.position(); i++) {
            char c = chars.get(i);
            if (c == '\r' || (c == '\n' && !afterCarriageReturn)) {
                lineBreaks++;
            }
            afterCarriageReturn = c == '\r';
        }
    }

    @Override
    public void close() {
    }
}
