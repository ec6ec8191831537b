package org.vigil.extract.input;

import org.vigil.core.hash.Sha256;
import org.vigil.extract.internal.input.HtmlText;
import org.vigil.extract.internal.input.PdfText;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Reads a report file into a {@link ReportDocument}, refusing with a clear one-line reason what it cannot
 * read: an empty file, a binary file, a file over the size limit, text that is not in the expected encoding,
 * a damaged or image-only PDF.
 */
public final class ReportReader {

    private ReportReader() {
    }

    /** Reads a file; the size limit is checked before any byte is loaded. */
    public static ReportDocument read(Path file, ReadOptions options) throws UnreadableReportException {
        String name = file.toString();
        try {
            if (Files.isDirectory(file)) {
                throw new UnreadableReportException(name, name + " is a directory: give a report file (.txt, .html or .pdf)");
            }
            long size = Files.size(file);
            checkSize(name, size, options.maxBytes());
            try (InputStream in = Files.newInputStream(file)) {
                return read(name, in, options);
            }
        } catch (NoSuchFileException e) {
            throw new UnreadableReportException(name, name + " does not exist: check the path");
        } catch (IOException e) {
            throw new UnreadableReportException(name, "cannot read " + name + ": " + e.getMessage(), e);
        }
    }

    /** Reads a stream (an upload, standard input) up to the size limit. */
    public static ReportDocument read(String name, InputStream in, ReadOptions options)
            throws UnreadableReportException {
        byte[] bytes;
        try {
            bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 16, options.maxBytes() + 1));
        } catch (IOException e) {
            throw new UnreadableReportException(name, "cannot read " + name + ": " + e.getMessage(), e);
        }
        checkSize(name, bytes.length, options.maxBytes());
        return read(name, bytes, options);
    }

    /** Reads bytes already in memory. */
    public static ReportDocument read(String name, byte[] bytes, ReadOptions options)
            throws UnreadableReportException {
        checkSize(name, bytes.length, options.maxBytes());
        if (bytes.length == 0) {
            throw new UnreadableReportException(name, name + " is empty: give a report with some text");
        }
        InputFormat format = options.format().orElseGet(() -> InputFormat.detect(name, bytes));
        String text = switch (format) {
            case PDF -> PdfText.extract(name, bytes);
            case HTML -> HtmlText.extract(decode(name, bytes, options));
            case TEXT -> decode(name, bytes, options);
        };
        if (text.isBlank()) {
            throw new UnreadableReportException(name, name + " has no text" + (format == InputFormat.PDF
                    ? ": it may be a scanned image; run OCR on it first" : ": give a report with some text"));
        }
        return new ReportDocument(name, format, text, Sha256.hex(bytes), bytes.length);
    }

    private static void checkSize(String name, long size, long max) throws UnreadableReportException {
        if (size > max) {
            throw new UnreadableReportException(name, String.format(Locale.ROOT,
                    "%s is %s, over the %s limit: split the report into parts or raise the limit (--max-size)",
                    name, human(size), human(max)));
        }
    }

    private static String human(long bytes) {
        if (bytes >= 1024L * 1024) {
            return String.format(Locale.ROOT, "%.1f MiB", bytes / (1024.0 * 1024));
        }
        if (bytes >= 1024) {
            return String.format(Locale.ROOT, "%.1f KiB", bytes / 1024.0);
        }
        return bytes + " bytes";
    }

    /** Decodes text strictly: a byte-order mark decides; otherwise the given encoding or UTF-8. */
    static String decode(String name, byte[] bytes, ReadOptions options) throws UnreadableReportException {
        Charset charset;
        int skip = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            charset = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            charset = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            charset = StandardCharsets.UTF_16BE;
            skip = 2;
        } else {
            charset = options.encoding().orElse(StandardCharsets.UTF_8);
            if (charset.equals(StandardCharsets.UTF_8) || !charset.name().startsWith("UTF-16")) {
                rejectBinary(name, bytes);
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            String text = decoder.decode(ByteBuffer.wrap(bytes, skip, bytes.length - skip)).toString();
            rejectControlNoise(name, text);
            return text;
        } catch (MalformedInputException e) {
            int at = skip + badOffset(bytes, skip, charset);
            throw new UnreadableReportException(name, String.format(Locale.ROOT,
                    "%s is not valid %s: byte 0x%02X at %s; re-save it as UTF-8 or give its encoding "
                            + "(--encoding windows-1252, --encoding windows-1251, ...)",
                    name, charset.name(), bytes[Math.min(at, bytes.length - 1)] & 0xFF, lineColumn(bytes, at)));
        } catch (CharacterCodingException e) {
            throw new UnreadableReportException(name, name + " cannot be decoded as " + charset.name()
                    + ": give its encoding with --encoding", e);
        }
    }

    private static void rejectBinary(String name, byte[] bytes) throws UnreadableReportException {
        int limit = Math.min(bytes.length, 1 << 20);
        for (int i = 0; i < limit; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableReportException(name, String.format(Locale.ROOT,
                        "%s looks like a binary file (a zero byte at offset %d, %s), not a text report: "
                                + "give a .txt, .html or .pdf file, or --encoding UTF-16LE if it is UTF-16 text",
                        name, i, lineColumn(bytes, i)));
            }
        }
    }

    /** Text made mostly of control characters is a binary file that happened to decode. */
    private static void rejectControlNoise(String name, String text) throws UnreadableReportException {
        int sample = Math.min(text.length(), 1 << 16);
        int control = 0;
        int firstAt = -1;
        for (int i = 0; i < sample; i++) {
            char c = text.charAt(i);
            if (Character.isISOControl(c) && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
                control++;
                if (firstAt < 0) {
                    firstAt = i;
                }
            }
        }
        if (sample > 0 && control * 20 > sample) {
            throw new UnreadableReportException(name, String.format(Locale.ROOT,
                    "%s looks like a binary file (%d control characters in its first %d, the first at character %d), "
                            + "not a text report: give a .txt, .html or .pdf file", name, control, sample, firstAt));
        }
    }

    private static int badOffset(byte[] bytes, int skip, Charset charset) {
        CharsetDecoder d = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, skip, bytes.length - skip);
        java.nio.CharBuffer out = java.nio.CharBuffer.allocate(bytes.length + 4);
        d.decode(in, out, true);
        return in.position() - skip;
    }

    private static String lineColumn(byte[] bytes, int offset) {
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return "line " + line + ", column " + (offset - lineStart + 1);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
