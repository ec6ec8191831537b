package org.vigil.app.cli.link;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.Vigil;
import org.vigil.link.generate.GeneratedRecord;
import org.vigil.link.generate.KazakhRussianGenerator;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code vigil link} as a user meets it: CSV in, record_id,cluster_id out, one-line errors with exit 2 for bad input. */
class LinkCommandTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        String[] line = new String[args.length + 1];
        line[0] = "link";
        System.arraycopy(args, 0, line, 1, args.length);
        return Vigil.execute(line, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    private Path people() throws IOException {
        StringBuilder csv = new StringBuilder("id,name,birth_date,city,truth\n");
        csv.append("1,Тулетаева Роза,1975-04-02,Жанаозен,p1\n");
        csv.append("2,Roza Tuletayeva,1975,Zhanaozen,p1\n");
        csv.append("3,R. Tuletaeva,02.04.1975,,p1\n");
        for (GeneratedRecord g : KazakhRussianGenerator.generate(300, 4)) {
            csv.append(g.recordId()).append(",\"").append(g.name()).append("\",").append(g.birthDate()).append(',')
                    .append(g.birthPlace()).append(',').append(g.personId()).append('\n');
        }
        Path file = dir.resolve("people.csv");
        Files.writeString(file, csv.toString(), StandardCharsets.UTF_8);
        return file;
    }

    private Path settings(String json) throws IOException {
        Path file = dir.resolve("settings.json");
        Files.writeString(file, json, StandardCharsets.UTF_8);
        return file;
    }

    private static final String SETTINGS = """
            {"ignoreColumns": ["truth"],
             "fields": [{"name": "name", "column": "name", "kind": "person_name"},
                        {"name": "born", "column": "birth_date", "kind": "date"},
                        {"name": "city", "column": "city", "kind": "place"}],
             "blocking": [["name:words"], ["born:exact"]]}
            """;

    @Test
    void printsOneClusterIdPerRecord() throws IOException {
        int code = run(people().toString(), "--id-column", "id", "--settings", settings(SETTINGS).toString(), "--format", "csv");
        assertThat(code).as(err.toString()).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("record_id,cluster_id");
        assertThat(lines).hasSize(1 + 3 + KazakhRussianGenerator.generate(300, 4).size());
        assertThat(lines[1]).isEqualTo("1,1");
        assertThat(lines[2]).isEqualTo("2,1");
        assertThat(lines[3]).isEqualTo("3,1");
        assertThat(err.toString()).contains("candidate pairs per blocking rule").contains("name:words");
    }

    @Test
    void withoutSettingsItSaysWhatItInferred() throws IOException {
        int code = run(people().toString(), "--id-column", "id", "--output", dir.resolve("out.csv").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(err.toString()).contains("column name: person_name").contains("column truth: ignored")
                .contains("column birth_date: date").contains("column city: place");
        assertThat(Files.readString(dir.resolve("out.csv"))).startsWith("record_id,cluster_id\n");
    }

    @Test
    void jsonOutputCarriesModelAndProvenance() throws IOException {
        int code = run(people().toString(), "--id-column", "id", "--settings", settings(SETTINGS).toString(),
                "--format", "json", "--quiet", "--review-queue", dir.resolve("queue.json").toString(),
                "--state", dir.resolve("state.json").toString());
        assertThat(code).as(err.toString()).isZero();
        assertThat(out.toString()).contains("\"provenance\"").contains("\"sha256\"").contains("\"prior\"");
        assertThat(Files.readString(dir.resolve("queue.json"))).contains("\"pairsInBand\"");
        assertThat(Files.readString(dir.resolve("state.json"))).contains("vigil-linkage-state");
        assertThat(err.toString()).as("--quiet: no progress").doesNotContain("candidate pairs per blocking rule");
    }

    @Test
    void aMissingIdColumnIsOneLineOnStandardError() throws IOException {
        int code = run(people().toString(), "--id-column", "rec_id", "--settings", settings(SETTINGS).toString());
        assertThat(code).isEqualTo(2);
        String[] lines = err.toString().strip().split("\n");
        assertThat(lines[lines.length - 1]).startsWith("vigil link: ").contains("people.csv line 1, column rec_id").contains("no id column 'rec_id'");
        assertThat(err.toString()).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(out.toString()).isEmpty();
    }

    @Test
    void anUnknownSettingsKeyIsNamed() throws IOException {
        int code = run(people().toString(), "--id-column", "id", "--settings",
                settings(SETTINGS.replace("\"ignoreColumns\"", "\"ignoreColums\"")).toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("settings.json:1: column 2, $.ignoreColums").contains("unknown key 'ignoreColums'");
    }

    @Test
    void twoFilesAreLinkedAcrossAndIdsMustBeUniqueAcrossThem() throws IOException {
        Path a = dir.resolve("a.csv");
        Path b = dir.resolve("b.csv");
        Files.writeString(a, "id,name,birth_date,city,truth\nx1,Roza Tuletaeva,1975-04-02,Aktau,p\nx2,Marat Omarov,1960-01-01,Almaty,q\n");
        Files.writeString(b, "id,name,birth_date,city,truth\ny1,Tuletaeva Roza,1975-04-02,Aktau,p\nx2,Aigul Seitova,1970-01-01,Almaty,r\n");
        int code = run(a.toString(), b.toString(), "--id-column", "id", "--settings", settings(SETTINGS).toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString()).contains("b.csv line 3, column id").contains("id 'x2' is also in");
    }

    @Test
    void aBadThresholdIsRefused() throws IOException {
        assertThat(run(people().toString(), "--id-column", "id", "--threshold", "2")).isEqualTo(2);
        assertThat(err.toString()).contains("--threshold 2.0 is not a probability");
    }

    @Test
    void aDecisionsFileWithAnUnknownDecisionNamesItsLineAndExitsWithTwo() throws IOException {
        Path decisions = dir.resolve("decisions.csv");
        Files.writeString(decisions, "record_a,record_b,decision\n1,2,same\n2,3,maybe\n");
        int code = run(people().toString(), "--id-column", "id", "--settings", settings(SETTINGS).toString(),
                "--decisions", decisions.toString());
        assertThat(code).isEqualTo(2);
        assertThat(err.toString().strip().lines().reduce((x, y) -> y).orElseThrow())
                .startsWith("vigil link: ").contains("decisions.csv line 3");
    }
}
