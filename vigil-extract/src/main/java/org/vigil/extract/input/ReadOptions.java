package org.vigil.extract.input;

import java.nio.charset.Charset;
import java.util.Optional;

/**
 * How to read a report file.
 *
 * @param format   the format, or empty to detect it from the bytes and the file name
 * @param encoding the character encoding of a text or HTML file, or empty for UTF-8 (a byte-order mark wins)
 * @param maxBytes the largest input accepted; larger files are refused with a message before they are read
 */
public record ReadOptions(Optional<InputFormat> format, Optional<Charset> encoding, long maxBytes) {

    /** The default limit: 10 MiB, about five hundred annual report entries. */
    public static final long DEFAULT_MAX_BYTES = 10L * 1024 * 1024;

    /** Normalises absent parts and rejects a non-positive limit. */
    public ReadOptions {
        format = format == null ? Optional.empty() : format;
        encoding = encoding == null ? Optional.empty() : encoding;
        if (maxBytes <= 0) {
            throw new IllegalArgumentException("maximum input size " + maxBytes + " must be positive");
        }
    }

    /** Detect the format, UTF-8, 10 MiB limit. */
    public static ReadOptions defaults() {
        return new ReadOptions(Optional.empty(), Optional.empty(), DEFAULT_MAX_BYTES);
    }

    /** The same options with another size limit. */
    public ReadOptions withMaxBytes(long limit) {
        return new ReadOptions(format, encoding, limit);
    }

    /** The same options with a fixed format. */
    public ReadOptions withFormat(InputFormat fixed) {
        return new ReadOptions(Optional.of(fixed), encoding, maxBytes);
    }

    /** The same options with a fixed encoding. */
    public ReadOptions withEncoding(Charset charset) {
        return new ReadOptions(format, Optional.of(charset), maxBytes);
    }
}
