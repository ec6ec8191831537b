package org.vigil.extract.input;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Reading report files: every bad input is refused with a one-line reason that names the problem. */
class ReportReaderTest {

    @TempDir
    Path dir;

    @Test
    void anEmptyFileIsRefused() throws IOException {
        Path empty = Files.writeString(dir.resolve("empty.txt"), "");

        assertThatThrownBy(() -> ReportReader.read(empty, ReadOptions.defaults()))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("empty.txt is empty");
    }

    @Test
    void aFileOfOnlyWhiteSpaceHasNoText() throws IOException {
        Path blank = Files.writeString(dir.resolve("blank.txt"), " \n\t\n");

        assertThatThrownBy(() -> ReportReader.read(blank, ReadOptions.defaults()))
                .hasMessageContaining("has no text");
    }

    @Test
    void aBinaryFileIsRefusedWithTheOffsetOfTheFirstZeroByte() throws IOException {
        Path binary = Files.write(dir.resolve("photo.txt"), new byte[] {'G', 'I', 'F', '8', 0, 1, 2, 3});

        assertThatThrownBy(() -> ReportReader.read(binary, ReadOptions.defaults()))
                .hasMessageContaining("looks like a binary file")
                .hasMessageContaining("offset 4");
    }

    @Test
    void aFiftyMebibyteFileIsRefusedBeforeItIsRead() throws IOException {
        Path big = dir.resolve("big.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(50L * 1024 * 1024);
        }

        assertThatThrownBy(() -> ReportReader.read(big, ReadOptions.defaults()))
                .hasMessageContaining("is 50.0 MiB, over the 10.0 MiB limit")
                .hasMessageContaining("--max-size");
    }

    @Test
    void aStreamLongerThanTheLimitIsRefused() {
        byte[] text = "word ".repeat(1000).getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ReportReader.read("upload", new ByteArrayInputStream(text),
                ReadOptions.defaults().withMaxBytes(1024)))
                .hasMessageContaining("upload is 1.0 KiB, over the 1.0 KiB limit");
    }

    @Test
    void textInTheWrongEncodingIsRefusedWithLineAndColumn() throws IOException {
        Path latin = Files.write(dir.resolve("latin.txt"),
                "Line one\nPrison de Saint-Lô\n".getBytes(Charset.forName("windows-1252")));

        assertThatThrownBy(() -> ReportReader.read(latin, ReadOptions.defaults()))
                .hasMessageContaining("is not valid UTF-8")
                .hasMessageContaining("line 2, column 18")
                .hasMessageContaining("--encoding");
    }

    @Test
    void theRightEncodingOptionReadsTheSameFile() throws Exception {
        Path latin = Files.write(dir.resolve("latin.txt"), "Prison de Saint-Lô".getBytes(Charset.forName("windows-1252")));

        ReportDocument doc = ReportReader.read(latin, ReadOptions.defaults().withEncoding(Charset.forName("windows-1252")));

        assertThat(doc.text()).isEqualTo("Prison de Saint-Lô");
    }

    @Test
    void aUtf16FileWithAByteOrderMarkIsRead() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.write(new byte[] {(byte) 0xFF, (byte) 0xFE});
        out.write("Тулеева was detained.".getBytes(StandardCharsets.UTF_16LE));
        Path utf16 = Files.write(dir.resolve("u16.txt"), out.toByteArray());

        assertThat(ReportReader.read(utf16, ReadOptions.defaults()).text()).isEqualTo("Тулеева was detained.");
    }

    @Test
    void aMissingFileAndADirectoryAreNamed() {
        assertThatThrownBy(() -> ReportReader.read(dir.resolve("nope.txt"), ReadOptions.defaults()))
                .hasMessageContaining("nope.txt does not exist");
        assertThatThrownBy(() -> ReportReader.read(dir, ReadOptions.defaults()))
                .hasMessageContaining("is a directory");
    }

    @Test
    void htmlBecomesParagraphsAndABoxStartsAnIndentedLine() throws Exception {
        String html = "<!DOCTYPE html><html><head><title>x</title><script>var a=1;</script></head><body>"
                + "<h2>Unfair trials</h2><p>Two lawyers were <b>disbarred</b> in May.</p>"
                + "<aside class=\"case\"><p>Case: Omar Haddad was arrested.</p></aside><p>The bar protested.</p></body></html>";

        ReportDocument doc = ReportReader.read("entry.html", html.getBytes(StandardCharsets.UTF_8), ReadOptions.defaults());

        assertThat(doc.format()).isEqualTo(InputFormat.HTML);
        assertThat(doc.text()).contains("Unfair trials\n\nTwo lawyers were disbarred in May.\n\n Case: Omar Haddad was arrested.")
                .doesNotContain("var a");
    }

    @Test
    void pdfTextIsExtractedPageByPage() throws Exception {
        byte[] pdf = pdf("Security forces detained 12 students in Tunis.", "They were released in June.");

        ReportDocument doc = ReportReader.read("entry.pdf", pdf, ReadOptions.defaults());

        assertThat(doc.format()).isEqualTo(InputFormat.PDF);
        assertThat(doc.text()).contains("Security forces detained 12 students in Tunis.")
                .contains("They were released in June.");
    }

    @Test
    void aDamagedPdfIsRefused() {
        byte[] broken = "%PDF-1.7\n1 0 obj << /Type /Catalog >> garbage".getBytes(StandardCharsets.US_ASCII);

        assertThatThrownBy(() -> ReportReader.read("broken.pdf", broken, ReadOptions.defaults()))
                .isInstanceOf(UnreadableReportException.class)
                .hasMessageContaining("broken.pdf is not a readable PDF");
    }

    @Test
    void formatsAreDetectedFromContentBeforeName() {
        assertThat(InputFormat.detect("x.txt", "%PDF-1.4".getBytes(StandardCharsets.US_ASCII))).isEqualTo(InputFormat.PDF);
        assertThat(InputFormat.detect("x.txt", "<html><body>".getBytes(StandardCharsets.US_ASCII))).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.detect("x.htm", "Plain".getBytes(StandardCharsets.US_ASCII))).isEqualTo(InputFormat.HTML);
        assertThat(InputFormat.detect("x", "Plain".getBytes(StandardCharsets.US_ASCII))).isEqualTo(InputFormat.TEXT);
    }

    static byte[] pdf(String... pages) throws IOException {
        try (PDDocument doc = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            for (String line : pages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream s = new PDPageContentStream(doc, page)) {
                    s.beginText();
                    s.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 11);
                    s.newLineAtOffset(72, 700);
                    s.showText(line);
                    s.endText();
                }
            }
            doc.save(out);
            return out.toByteArray();
        }
    }
}
