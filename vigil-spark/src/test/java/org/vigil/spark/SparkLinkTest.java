package org.vigil.spark;

import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.core.dataset.InvalidDataException;
import org.vigil.core.io.BadInputException;
import org.vigil.link.LinkageResult;
import org.vigil.link.Linker;
import org.vigil.link.model.FellegiSunterModel;
import org.vigil.link.state.LinkageStateJson;
import org.vigil.link.input.CsvRecordReader;
import org.vigil.link.input.LinkInput;
import org.vigil.link.settings.LinkSettings;
import org.vigil.link.settings.SettingsReader;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Spark engine on {@code local[2]} gives the clusters {@code vigil link} gives (pairwise F1 between the two
 * clusterings at least 0.998, issue 14) and refuses bad input with the same one-line errors.
 */
class SparkLinkTest {

    private static final Path DATA = Path.of(System.getProperty("vigil.shared.dir", "../../shared"), "data", "linkage");
    private static final Path EXAMPLES = Path.of("..", "examples", "linkage");
    private static SparkSession spark;

    @TempDir
    Path dir;

    @BeforeAll
    static void start() {
        spark = LocalSpark.start("local[2]");
    }

    @AfterAll
    static void stop() {
        spark.stop();
    }

    @Test
    void rlData10000GivesTheClustersAndModelOfVigilLink() throws Exception {
        sameClusters("RLdata10000", DATA.resolve("rldata/RLdata10000.csv"));
    }

    @Test
    void febrlDataset3GivesTheClustersAndModelOfVigilLink() throws Exception {
        sameClusters("dataset3", DATA.resolve("febrl/dataset3.csv"));
    }

    @Test
    void aDuplicateIdIsRefusedWithVigilLinksLine() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "rec_id,fname_c1,fname_c2,lname_c1,lname_c2,by,bm,bd\n"
                + "1,ANNA,NA,MEYER,NA,1970,1,2\n2,OLGA,NA,BRAUN,NA,1971,3,4\n1,PETER,NA,KOCH,NA,1972,5,6\n");
        String expected = refusedBySingleMachine(csv, "RLdata10000");
        assertThat(expected).contains("duplicate id '1', first seen on line 2");
        assertThat(refusedBySpark(csv, "RLdata10000")).isEqualTo("vigil-spark: " + expected);
    }

    @Test
    void aColumnTheSettingsReadButTheInputLacksIsRefusedWithVigilLinksLine() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "rec_id,fname_c1,fname_c2,lname_c1,by,bm,bd\n1,ANNA,NA,MEYER,1970,1,2\n");
        String expected = refusedBySingleMachine(csv, "RLdata10000");
        assertThat(expected).contains("reads column 'lname_c2', which the input does not have");
        assertThat(refusedBySpark(csv, "RLdata10000")).isEqualTo("vigil-spark: " + expected);
    }

    @Test
    void aMissingIdColumnIsRefusedWithVigilLinksLine() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "id,fname_c1,fname_c2,lname_c1,lname_c2,by,bm,bd\n1,ANNA,NA,MEYER,NA,1970,1,2\n");
        String expected = refusedBySingleMachine(csv, "RLdata10000");
        assertThat(expected).contains("no id column 'rec_id'");
        assertThat(refusedBySpark(csv, "RLdata10000")).isEqualTo("vigil-spark: " + expected);
    }

    @Test
    void anExistingStateIsRefusedRatherThanReplaced() throws Exception {
        Path csv = dir.resolve("people.csv");
        Files.writeString(csv, "rec_id,fname_c1,fname_c2,lname_c1,lname_c2,by,bm,bd\n1,ANNA,NA,MEYER,NA,1970,1,2\n");
        Path state = dir.resolve("state.json");
        Files.writeString(state, "{}");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkLink.run(new String[]{"link", csv.toString(), "--settings",
                EXAMPLES.resolve("RLdata10000.json").toString(), "--output", dir.resolve("out").toString(), "--state",
                state.toString(), "--quiet"}, new PrintStream(err, true, StandardCharsets.UTF_8), spark);
        assertThat(code).isEqualTo(2);
        assertThat(err.toString(StandardCharsets.UTF_8).lines().toList()).singleElement().asString()
                .contains(state.toString()).contains("give a new --state path");
        assertThat(Files.readString(state)).as("left as it was").isEqualTo("{}");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    private void sameClusters(String settingsName, Path data) throws java.io.IOException {
        assumeTrue(Files.exists(data), data + " absent: skipping (benchmarks live in ../shared/data/linkage)");
        Map<String, String> single = new HashMap<>();
        FellegiSunterModel singleModel = singleMachine(data, settingsName, single);
        Path out = dir.resolve("clusters");
        Path state = dir.resolve("state.json");
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkLink.run(new String[]{"link", data.toString(), "--settings",
                EXAMPLES.resolve(settingsName + ".json").toString(), "--output", out.toString(), "--state",
                state.toString()},
                new PrintStream(err, true, StandardCharsets.UTF_8), spark);
        assertThat(code).as(err.toString(StandardCharsets.UTF_8)).isZero();
        System.out.print(err.toString(StandardCharsets.UTF_8));
        Map<String, String> distributed = new HashMap<>();
        for (Row r : spark.read().option("header", "true").csv(out.toString()).collectAsList()) {
            distributed.put(r.getString(0), r.getString(1));
        }
        assertThat(distributed.keySet()).isEqualTo(single.keySet());
        // the same counts fed to the same EM: the same model, to rounding (CountsFit follows ModelEstimator)
        FellegiSunterModel sparkModel = LinkageStateJson.read(Files.readString(state), "state").model().orElseThrow();
        assertThat(sparkModel.prior()).isCloseTo(singleModel.prior(), org.assertj.core.api.Assertions.within(1e-9));
        for (int f = 0; f < singleModel.fields().size(); f++) {
            for (int l = 0; l < singleModel.fields().get(f).levels().size(); l++) {
                var expected = singleModel.fields().get(f).levels().get(l);
                var actual = sparkModel.fields().get(f).levels().get(l);
                assertThat(actual.m()).as("m of %s, %s", singleModel.fields().get(f).field(), expected.label())
                        .isCloseTo(expected.m(), org.assertj.core.api.Assertions.within(1e-9));
                assertThat(actual.u()).as("u of %s, %s", singleModel.fields().get(f).field(), expected.label())
                        .isCloseTo(expected.u(), org.assertj.core.api.Assertions.within(1e-9));
            }
        }
        PairwiseAgreement agreement = PairwiseAgreement.of(single, distributed);
        System.out.printf("pairwise F1 between vigil link and vigil-spark: %.6f; pairs linked by one only: %s%n",
                agreement.f1(), agreement.differing());
        assertThat(agreement.f1()).as("pairs linked by one engine only: %s", agreement.differing())
                .isGreaterThanOrEqualTo(0.998);
    }

    private static FellegiSunterModel singleMachine(Path data, String settingsName, Map<String, String> clusters) {
        SettingsReader.Loaded loaded = SettingsReader.read(EXAMPLES.resolve(settingsName + ".json"));
        LinkSettings settings = loaded.settings();
        LinkInput input = new CsvRecordReader(loaded.idColumn().orElseThrow(), settings.sourceColumn(),
                settings.missingValues(), settings.ignoreColumns()).read(data);
        LinkageResult result = new Linker(settings).link(input);
        result.clusters().forEach(c -> clusters.put(c.recordId(), c.clusterId()));
        return result.model();
    }

    private static String refusedBySingleMachine(Path csv, String settingsName) {
        try {
            singleMachine(csv, settingsName, new HashMap<>());
        } catch (BadInputException | InvalidDataException e) {
            return e.getMessage();
        }
        throw new AssertionError("vigil link accepted " + csv);
    }

    private String refusedBySpark(Path csv, String settingsName) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = SparkLink.run(new String[]{"link", csv.toString(), "--settings",
                EXAMPLES.resolve(settingsName + ".json").toString(), "--output", dir.resolve("out").toString(),
                "--quiet"}, new PrintStream(err, true, StandardCharsets.UTF_8), spark);
        assertThat(code).isEqualTo(2);
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().toList();
        assertThat(lines).hasSize(1);
        return lines.get(0);
    }
}
