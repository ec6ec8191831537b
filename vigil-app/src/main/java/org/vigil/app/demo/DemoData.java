package org.vigil.app.demo;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.dataset.DatasetValidator;
import org.vigil.core.json.DatasetJson;
import org.vigil.store.Store;
import org.vigil.store.records.SaveResult;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The demo data set: the facts of an annual country entry on Kazakhstan (events of 2012), written
 * as Vigil records in the project's own words, with the report cited as their source.
 */
public final class DemoData {

    /** Classpath location of the data set file. */
    public static final String RESOURCE = "/demo/kazakhstan-2012.json";

    private DemoData() {
    }

    /** The demo data set, validated. */
    public static Dataset load() {
        try (InputStream in = DemoData.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("the demo data set " + RESOURCE + " is missing from the build");
            }
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            return DatasetJson.read(text, "kazakhstan-2012.json",
                    new DatasetValidator(org.vigil.core.vocab.Vocabularies.builtIn()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Loads the demo data set into a store that holds no records yet; a store with records is left alone. */
    public static boolean loadInto(Store store) {
        if (store.records().counts().values().stream().anyMatch(n -> n > 0)) {
            return false;
        }
        Dataset demo = load();
        SaveResult r = store.records().saveImport(demo, "demo", "file=kazakhstan-2012.json (demo data set)");
        return r.created() > 0;
    }
}
