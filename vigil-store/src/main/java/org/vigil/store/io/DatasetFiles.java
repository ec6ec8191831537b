package org.vigil.store.io;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.dataset.Problem;
import org.vigil.core.hash.Sha256;
import org.vigil.core.json.DatasetCsv;
import org.vigil.core.json.DatasetJson;
import org.vigil.store.Store;
import org.vigil.store.records.SaveResult;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Whole data sets in and out of a store: imports are validated first and written in one transaction. */
public final class DatasetFiles {

    private DatasetFiles() {
    }

    /**
     * Imports a JSON or CSV data set file atomically: every record is checked (against the file and the
     * records already stored) before anything is written, and the write is one transaction.
     *
     * @throws InvalidDataException naming file, line, path and field; the store is unchanged
     */
    public static SaveResult importFile(Store store, Path file, String actor) {
        byte[] bytes = readBytes(file);
        String name = file.getFileName().toString();
        Dataset dataset = parse(store, bytes, name);
        String sha = Sha256.hex(bytes);
        return store.records().saveImport(dataset, actor, "file=" + name + " sha256=" + sha
                + " records=" + dataset.size());
    }

    /** Parses and validates a data set file's bytes without writing anything. */
    public static Dataset parse(Store store, byte[] bytes, String fileName) {
        String text = decode(bytes, fileName);
        DatasetValidator validator = new DatasetValidator(store.vocabularies());
        if (looksLikeJson(text, fileName)) {
            return DatasetJson.read(text, fileName, validator, store.records()::typeOf);
        }
        return DatasetCsv.read(text, fileName, validator, store.records()::typeOf);
    }

    /** The current data set in a format. */
    public static String export(Store store, DatasetFormat format) {
        Dataset dataset = store.records().dataset();
        return format == DatasetFormat.JSON ? DatasetJson.write(dataset) : DatasetCsv.write(dataset);
    }

    private static boolean looksLikeJson(String text, String fileName) {
        String lower = fileName.toLowerCase(java.util.Locale.ROOT);
        if (lower.endsWith(".json")) {
            return true;
        }
        if (lower.endsWith(".csv")) {
            return false;
        }
        return text.stripLeading().startsWith("{");
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new InvalidDataException(new Problem(file.toString(), 0, "", "no such file"));
        } catch (IOException e) {
            throw new InvalidDataException(new Problem(file.toString(), 0, "", "cannot read: " + e.getMessage()));
        }
    }

    /** Strict UTF-8: a byte sequence that is not UTF-8 is reported with its line, not silently replaced. */
    static String decode(byte[] bytes, String fileName) {
        if (bytes.length == 0) {
            throw new InvalidDataException(new Problem(fileName, 0, "", "the file is empty: expected a Vigil data set"));
        }
        int start = bytes.length >= 3 && (bytes[0] & 0xff) == 0xef && (bytes[1] & 0xff) == 0xbb
                && (bytes[2] & 0xff) == 0xbf ? 3 : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        try {
            String text = decoder.decode(in).toString();
            if (text.indexOf('\0') >= 0) {
                throw new InvalidDataException(new Problem(fileName, lineOf(bytes, text.indexOf('\0')), "",
                        "the file contains NUL bytes: it is binary, not a JSON or CSV data set"));
            }
            return text;
        } catch (MalformedInputException e) {
            int offset = in.position();
            throw new InvalidDataException(new Problem(fileName, lineOf(bytes, offset), "byte " + offset,
                    "the file is not UTF-8 text (a " + e.getInputLength() + "-byte sequence here is invalid): "
                            + "save it as UTF-8 and import again"));
        } catch (CharacterCodingException e) {
            throw new InvalidDataException(new Problem(fileName, 0, "", "the file is not UTF-8 text: " + e));
        }
    }

    private static int lineOf(byte[] bytes, int offset) {
        int line = 1;
        for (int i = 0; i < offset && i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }
}
