package org.vigil.extract.input;

import org.vigil.core.hash.Sha256;
/**
 * A report ready for extraction: its plain text (evidence offsets point into it) and where it came from.
 *
 * @param name      file name or another label shown in messages
 * @param format    the format it was read from
 * @param text      the plain text: the input itself for text files, the extracted text for HTML and PDF
 * @param sha256    SHA-256 of the input bytes as lower-case hex (of the text's UTF-8 bytes when built from text)
 * @param byteCount size of the input in bytes
 */
public record ReportDocument(String name, InputFormat format, String text, String sha256, long byteCount) {

    /** Rejects missing parts. */
    public ReportDocument {
        if (name == null || format == null || text == null || sha256 == null) {
            throw new IllegalArgumentException("a report document needs a name, a format, its text and its hash");
        }
    }

    /** A document made from text already in memory, e.g. pasted into a form. */
    public static ReportDocument ofText(String name, String text) {
        byte[] bytes = text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return new ReportDocument(name, InputFormat.TEXT, text, Sha256.hex(bytes), bytes.length);
    }
}
