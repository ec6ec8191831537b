package org.vigil.core.io;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes UTF-8 and refuses anything else, knowing the line of the first bad byte: a reader that decodes
 * ahead in large blocks (as {@code InputStreamReader} does) would blame line 1 for a bad byte on line 5,000.
 */
final class StrictUtf8Reader extends Reader {

    /** A byte sequence that is not UTF-8, on a 1-based line. */
    static final class NotUtf8Exception extends CharacterCodingException {
        final long line;

        NotUtf8Exception(long line) {
            this.line = line;
        }
    }

    private final InputStream in;
    private final CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
    private final ByteBuffer bytes = ByteBuffer.allocate(64 * 1024);
    private final CharBuffer chars = CharBuffer.allocate(64 * 1024);
    private long lineBreaksDecoded;
    private boolean endOfInput;

    StrictUtf8Reader(InputStream in) {
        this.in = in;
        bytes.flip();
        chars.flip();
    }

    @Override
    public int read(char[] target, int offset, int length) throws IOException {
        while (!chars.hasRemaining()) {
            if (endOfInput && !bytes.hasRemaining()) {
                return -1;
            }
            fill();
        }
        int n = Math.min(length, chars.remaining());
        chars.get(target, offset, n);
        return n;
    }

    private void fill() throws IOException {
        if (!endOfInput) {
            bytes.compact();
            int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
            if (n < 0) {
                endOfInput = true;
            } else {
                bytes.position(bytes.position() + n);
            }
            bytes.flip();
        }
        chars.clear();
        int start = bytes.position();
        CoderResult result = decoder.decode(bytes, chars, endOfInput);
        if (endOfInput && result.isUnderflow()) {
            result = decoder.flush(chars);
        }
        countLineBreaks(start, bytes.position());
        chars.flip();
        if (result.isError() || (endOfInput && bytes.hasRemaining() && !chars.hasRemaining())) {
            throw new NotUtf8Exception(lineBreaksDecoded + 1);
        }
    }

    private void countLineBreaks(int from, int to) {
        byte[] array = bytes.array();
        for (int i = from; i < to; i++) {
            if (array[i] == '\n') {
                lineBreaksDecoded++;
            }
        }
    }

    @Override
    public void close() throws IOException {
        in.close();
    }
}
