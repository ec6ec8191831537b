package org.vigil.report.internal.render;

import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;

/**
 * A TrueType font file without its glyph-substitution table (GSUB). Latin and Cyrillic text needs no
 * substitution, and PDFBox rebuilds a regular expression for every run of text it shows in a font that has
 * one: without the table a long report lays out about three times faster and looks the same.
 */
final class UnshapedFont {

    private static final int RECORD = 16;

    private UnshapedFont() {
    }

    /** The font file with the GSUB table left out (the file unchanged if it has none). */
    static byte[] of(byte[] ttf) {
        ByteBuffer in = ByteBuffer.wrap(ttf);
        int version = in.getInt(0);
        int count = Short.toUnsignedInt(in.getShort(4));
        List<int[]> kept = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int at = 12 + i * RECORD;
            int tag = in.getInt(at);
            if (tag != tag("GSUB")) {
                kept.add(new int[]{tag, in.getInt(at + 4), in.getInt(at + 8), in.getInt(at + 12)});
            }
        }
        if (kept.size() == count) {
            return ttf;
        }
        int n = kept.size();
        int offset = 12 + n * RECORD;
        int size = offset;
        for (int[] t : kept) {
            size += padded(t[3]);
        }
        ByteBuffer out = ByteBuffer.allocate(size);
        int power = Integer.highestOneBit(n);
        out.putInt(version).putShort((short) n).putShort((short) (power * 16))
                .putShort((short) Integer.numberOfTrailingZeros(power)).putShort((short) (n * 16 - power * 16));
        int dataAt = offset;
        for (int[] t : kept) {
            out.putInt(t[0]).putInt(t[1]).putInt(dataAt).putInt(t[3]);
            dataAt += padded(t[3]);
        }
        for (int[] t : kept) {
            out.put(ttf, t[2], t[3]);
            out.position(out.position() + padded(t[3]) - t[3]);
        }
        return out.array();
    }

    private static int padded(int length) {
        return (length + 3) & ~3;
    }

    private static int tag(String name) {
        return (name.charAt(0) << 24) | (name.charAt(1) << 16) | (name.charAt(2) << 8) | name.charAt(3);
    }
}
