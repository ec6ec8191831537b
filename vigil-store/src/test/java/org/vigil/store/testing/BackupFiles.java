package org.vigil.store.testing;

import org.vigil.core.hash.Sha256;
import org.vigil.core.json.VigilJson;
import tools.jackson.databind.node.ObjectNode;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.UnaryOperator;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

/** Alters a backup archive the way a careful intruder would: the content and the manifest's sums together. */
public final class BackupFiles {

    private BackupFiles() {
    }

    /** The archive as version 1 wrote it: without accounts, assignments and tokens. */
    public static byte[] asVersion1(byte[] archive) {
        Map<String, byte[]> entries = read(archive);
        ObjectNode manifest = (ObjectNode) VigilJson.MAPPER.readTree(entries.get("manifest.json"));
        manifest.put("version", 1);
        for (String table : new String[]{"app_user", "record_assignment", "api_token"}) {
            entries.remove(table + ".jsonl");
            ((ObjectNode) manifest.get("sha256")).remove(table + ".jsonl");
            ((ObjectNode) manifest.get("rows")).remove(table);
        }
        entries.put("manifest.json", VigilJson.MAPPER.writeValueAsBytes(manifest));
        return write(entries);
    }

    private static Map<String, byte[]> read(byte[] archive) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), zip.readAllBytes());
            }
            return entries;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static byte[] write(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            for (var en : entries.entrySet()) {
                z.putNextEntry(new ZipEntry(en.getKey()));
                z.write(en.getValue());
                z.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The archive with one table file rewritten and its SHA-256 in the manifest updated to match. */
    public static byte[] rewrite(byte[] archive, String entry, UnaryOperator<String> change) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(archive), StandardCharsets.UTF_8)) {
            ZipEntry e;
            while ((e = zip.getNextEntry()) != null) {
                entries.put(e.getName(), zip.readAllBytes());
            }
            String text = change.apply(new String(entries.get(entry), StandardCharsets.UTF_8));
            entries.put(entry, text.getBytes(StandardCharsets.UTF_8));
            ObjectNode manifest = (ObjectNode) VigilJson.MAPPER.readTree(entries.get("manifest.json"));
            ((ObjectNode) manifest.get("sha256")).put(entry, Sha256.hex(text));
            entries.put("manifest.json", VigilJson.MAPPER.writeValueAsBytes(manifest));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            try (ZipOutputStream z = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
                for (var en : entries.entrySet()) {
                    z.putNextEntry(new ZipEntry(en.getKey()));
                    z.write(en.getValue());
                    z.closeEntry();
                }
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
