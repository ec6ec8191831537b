package org.vigil.report.internal.render;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;

import static org.assertj.core.api.Assertions.assertThat;

/** The embedded font loses its glyph-substitution table and nothing else. */
class UnshapedFontTest {

    @Test
    void theFontWithoutGsubHasEveryOtherTableAndEveryGlyph() throws IOException {
        byte[] original;
        try (InputStream in = UnshapedFontTest.class.getResourceAsStream(
                "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
            original = in.readAllBytes();
        }

        byte[] unshaped = UnshapedFont.of(original);

        try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
             TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(unshaped))) {
            assertThat(before.getTableMap()).containsKey("GSUB");
            assertThat(after.getTableMap()).doesNotContainKey("GSUB");
            assertThat(after.getTableMap().keySet()).hasSize(before.getTableMap().size() - 1);
            assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
            // Cyrillic and Latin letters still map to the same glyphs with the same advance widths.
            for (int codePoint : "Владимир Козлов Roza Tuletaeva Қазақстан".codePoints().toArray()) {
                int gid = before.getUnicodeCmapLookup().getGlyphId(codePoint);
                assertThat(gid).as("glyph for U+%04X", codePoint).isPositive();
                assertThat(after.getUnicodeCmapLookup().getGlyphId(codePoint)).isEqualTo(gid);
                assertThat(after.getAdvanceWidth(gid)).isEqualTo(before.getAdvanceWidth(gid));
            }
        }
        assertThat(UnshapedFont.of(unshaped)).as("a font without GSUB is returned as it is").isSameAs(unshaped);
    }
}
