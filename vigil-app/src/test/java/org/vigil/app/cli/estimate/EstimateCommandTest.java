package org.vigil.app.cli.estimate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.vigil.app.Vigil;
import org.vigil.core.hash.Sha256;
import org.vigil.estimate.Method;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** The {@code vigil estimate} command, run in-process through the {@code vigil} command line. */
class EstimateCommandTest {

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
        JsonNode json() {
            return JsonMapper.builder().build().readTree(out);
        }
    }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        String[] line = new String[args.length + 1];
        line[0] = "estimate";
        System.arraycopy(args, 0, line, 1, args.length);
        int exit = Vigil.execute(line, new PrintWriter(out, true), new PrintWriter(err, true));
        return new Run(exit, out.toString(), err.toString());
    }

    /**
     * Kosovo 1999 killings, 4 lists, n = 4,400, aggregated by capture pattern: R package LCMCR 0.4.14, dataset
     * kosovo_aggregate (GPL >= 2), after Ball et al. (2002).
     */
    private Path kosovo() throws IOException {
        long[] counts = {0, 306, 936, 123, 845, 31, 217, 32, 1131, 106, 228, 42, 177, 18, 181, 27};
        StringBuilder s = new StringBuilder("EXH,ABA,OSCE,HRW,count\n");
        for (int p = 1; p < counts.length; p++) {
            for (int list = 3; list >= 0; list--) {
                s.append((p >> list) & 1).append(",");
            }
            s.append(counts[p]).append('\n');
        }
        Path file = dir.resolve("kosovo.csv");
        Files.writeString(file, s.toString());
        return file;
    }

    @Test
    void loglinearWithoutModelPrintsTheBestModelByBicAsJson() throws IOException {
        Path kosovo = kosovo();
        Run r = run(kosovo.toString(), "--method", "loglinear", "--quiet");
        assertThat(r.exit).isZero();
        JsonNode j = r.json();
        assertThat(j.get("method").asString()).isEqualTo("loglinear");
        assertThat(j.get("observed").asLong()).isEqualTo(4400);
        // Rcapture / Ball et al. (2002): N = 10,356.5, profile 95% CI 8,994 - 12,110.
        assertThat(j.at("/estimate/median").asDouble()).isCloseTo(10_356.5, within(0.5));
        assertThat(j.at("/estimate/mean").asDouble()).isEqualTo(j.at("/estimate/median").asDouble());
        assertThat(j.at("/estimate/lower").asDouble()).isCloseTo(8_994, within(2.0));
        assertThat(j.at("/estimate/upper").asDouble()).isCloseTo(12_110, within(2.0));
        assertThat(j.at("/estimate/level").asDouble()).isEqualTo(0.95);
        assertThat(j.at("/diagnostics/model").asString()).isEqualTo("[EXH*ABA*OSCE, EXH*HRW, OSCE*HRW]");
        assertThat(j.at("/provenance/inputs/0/sha256").asString())
                .isEqualTo(Sha256.hex(Files.readAllBytes(kosovo)));
        assertThat(j.at("/provenance/settings/model").asString()).isEqualTo("best hierarchical model by BIC");
        assertThat(j.at("/provenance/vigilVersion").asString()).isNotBlank();
        assertThat(j.at("/provenance/inputs/0/name").asString()).isEqualTo(kosovo.toString());
        assertThat(j.at("/lists/0/name").asString()).isEqualTo("EXH");
        assertThat(j.at("/lists/0/observed").asLong()).isEqualTo(1910);
    }

    @Test
    void aGivenModelIsFittedAndTheTextFormatIsReadable() throws IOException {
        Path kosovo = kosovo();
        Run r = run(kosovo.toString(), "--method", "loglinear", "--model", "[EXH*ABA*OSCE, EXH*HRW, OSCE*HRW]",
                "--format", "text");
        assertThat(r.exit).isZero();
        assertThat(r.out).contains("Estimated total: 10,357").contains("8,994 to 12,110")
                .contains("Model: [EXH*ABA*OSCE, EXH*HRW, OSCE*HRW] (given)");
    }

    @Test
    void dgaOnKosovoReproducesRDgaThroughTheCommand() throws IOException {
        Path kosovo = kosovo();
        Run r = run(kosovo.toString(), "--method", "dga", "--delta", "0.0625", "--unobserved-max", "40000", "--quiet");
        assertThat(r.exit).isZero();
        // R dga 2.0.2: median 12,595, 95% interval [9,827, 16,544], top model weight 0.986.
        assertThat(r.json().at("/estimate/median").asDouble()).isEqualTo(12_595);
        assertThat(r.json().at("/estimate/lower").asDouble()).isEqualTo(9_827);
        assertThat(r.json().at("/estimate/upper").asDouble()).isEqualTo(16_544);
        assertThat(r.json().at("/diagnostics/topModels/0/weight").asDouble()).isCloseTo(0.986, within(0.0005));
        assertThat(r.json().at("/posterior/histogram/mass").size()).isPositive();
    }

    @Test
    void lcmcrGivesTheSameBytesForTheSameSeedAndReportsProgress() throws IOException {
        Path kosovo = kosovo();
        String[] args = {kosovo.toString(), "--method", "lcmcr", "--seed", "42", "--chains", "2", "--burn-in", "500",
            "--samples", "200", "--thinning", "5"};
        Run first = run(args);
        Run second = run(args);
        assertThat(first.exit).isZero();
        assertThat(second.out).isEqualTo(first.out);
        assertThat(first.err).contains("lcmcr sweeps: 100% (3000/3000)");
        JsonNode j = first.json();
        assertThat(j.at("/provenance/seed").asLong()).isEqualTo(42);
        assertThat(j.at("/provenance/settings/latentClasses").asInt()).isEqualTo(10);
        assertThat(j.at("/posterior/traces").size()).isEqualTo(2);
        assertThat(j.at("/diagnostics/rHat").isNumber()).isTrue();
        Run otherSeed = run(kosovo.toString(), "--method", "lcmcr", "--seed", "43", "--chains", "2", "--burn-in", "500",
                "--samples", "200", "--thinning", "5", "--quiet");
        assertThat(otherSeed.out).isNotEqualTo(first.out);
    }

    @Test
    void outputGoesToTheFileWhenAsked() throws IOException {
        Path kosovo = kosovo();
        Path result = dir.resolve("result.json");
        Run r = run(kosovo.toString(), "--method", "chao", "--output", result.toString());
        assertThat(r.exit).isZero();
        assertThat(r.out).isEmpty();
        assertThat(Files.readString(result)).contains("\"method\" : \"chao\"");
    }

    @Test
    void strataAreEstimatedSeparatelyAndCombined() throws IOException {
        Path file = dir.resolve("people.csv");
        StringBuilder s = new StringBuilder("id,region,A,B,C\n");
        int id = 0;
        String[] regions = {"north", "south"};
        int[][] counts = {{30, 25, 20, 8, 6, 5, 2}, {50, 45, 30, 15, 10, 9, 4}};
        String[] patterns = {"0,0,1", "0,1,0", "1,0,0", "0,1,1", "1,0,1", "1,1,0", "1,1,1"};
        for (int r = 0; r < 2; r++) {
            for (int p = 0; p < patterns.length; p++) {
                for (int k = 0; k < counts[r][p]; k++) {
                    s.append("p").append(id++).append(',').append(regions[r]).append(',').append(patterns[p]).append('\n');
                }
            }
        }
        Files.writeString(file, s.toString());
        Run r = run(file.toString(), "--method", "chao", "--stratum", "region");
        assertThat(r.exit).as(r.err).isZero();
        JsonNode j = r.json();
        assertThat(j.get("strata").size()).isEqualTo(2);
        double north = j.at("/strata/0/estimate/median").asDouble();
        double south = j.at("/strata/1/estimate/median").asDouble();
        assertThat(j.at("/estimate/median").asDouble()).isCloseTo(north + south, within(1e-9));
        assertThat(j.get("observed").asLong()).isEqualTo(id);

        Run bayes = run(file.toString(), "--method", "lcmcr", "--stratum", "region", "--chains", "2", "--burn-in",
                "300", "--samples", "100", "--thinning", "2", "--quiet");
        assertThat(bayes.exit).as(bayes.err).isZero();
        double meanNorth = bayes.json().at("/strata/0/estimate/mean").asDouble();
        double meanSouth = bayes.json().at("/strata/1/estimate/mean").asDouble();
        // Draw-by-draw sums: the mean of the sum is the sum of the means.
        assertThat(bayes.json().at("/estimate/mean").asDouble()).isCloseTo(meanNorth + meanSouth, within(1e-6));
    }

    @Test
    void badInputExitsWithOneLineNamingTheProblemAndNoStackTrace() throws IOException {
        Path bad = dir.resolve("bad.csv");
        Files.writeString(bad, "A,B,C,count\n1,0,0,4\n0,0,0,3\n0,1,1,2\n", StandardCharsets.UTF_8);
        Run r = run(bad.toString(), "--method", "loglinear");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err.strip()).doesNotContain("\n").startsWith("vigil estimate: ").contains("bad.csv line 3")
                .contains("on no list");
        assertThat(r.err).doesNotContain("Exception").doesNotContain("\tat ");
    }

    @Test
    void optionTypeErrorsGiveOneLineAndExitTwo() throws IOException {
        Run r = run(kosovo().toString(), "--seed", "abc");
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).doesNotContain("\n").startsWith("vigil estimate: ").contains("--seed").contains("abc");
    }

    @Test
    void aWrongFormatOrAMisplacedModelIsBadUsage() throws IOException {
        Path kosovo = kosovo();
        Run format = run(kosovo.toString(), "--method", "chao", "--format", "xml");
        assertThat(format.exit).isEqualTo(2);
        assertThat(format.err).startsWith("vigil estimate: --format must be json or text");
        Run model = run(kosovo.toString(), "--method", "chao", "--model", "Mt");
        assertThat(model.exit).isEqualTo(2);
    }

    @Test
    void unknownMethodsMissingFilesAndMisplacedOptionsAreExplained() throws IOException {
        Path kosovo = kosovo();
        Run unknown = run(kosovo.toString(), "--method", "magic");
        assertThat(unknown.exit).isEqualTo(2);
        assertThat(unknown.err).contains("unknown method 'magic'").contains("lcmcr, loglinear, dga");
        Run missing = run(dir.resolve("nope.csv").toString(), "--method", "chao");
        assertThat(missing.exit).isEqualTo(2);
        assertThat(missing.err).contains("no such file");
        Run model = run(kosovo.toString(), "--method", "chao", "--model", "Mt");
        assertThat(model.err).contains("--model applies to --method loglinear only");
        Run twoLists = run(kosovo.toString(), "--method", "lincoln-petersen");
        assertThat(twoLists.err).contains("exactly two lists");
        Run chosen = run(kosovo.toString(), "--method", "lincoln-petersen", "--lists", "EXH,OSCE", "--quiet");
        assertThat(chosen.exit).isZero();
        assertThat(chosen.json().get("lists").size()).isEqualTo(2);
    }

    @Test
    void everyEstimationMethodIsOfferedByTheMethodOptionAndRunsFromIt() throws IOException {
        Path kosovo = kosovo();
        Run help = run("--help");
        for (Method m : Method.values()) {
            assertThat(help.out).as("--help names %s", m.cliName()).contains(m.cliName());
            // Lincoln-Petersen takes exactly two lists; the others three, to stay quick.
            String lists = m == Method.LINCOLN_PETERSEN ? "EXH,OSCE" : "EXH,OSCE,HRW";
            Run r = run(kosovo.toString(), "--method", m.cliName(), "--lists", lists, "--chains", "1",
                    "--burn-in", "100", "--samples", "50", "--thinning", "2", "--quiet");
            assertThat(r.exit).as("%s: %s", m.cliName(), r.err).isZero();
            assertThat(r.json().get("method").asString()).isEqualTo(m.cliName());
        }
    }

    /**
     * Eight lists (the shape of the New Orleans modern-slavery data, Bales, Hesketh and Silverman 2015, via
     * R package SparseMSE): pairwise terms alone give 2^28 hierarchical models. The search used to build its
     * whole catalogue first (gigabytes, never finishing); now it is refused at once, in one line, with what
     * to do. The timeout only guards the build against the old behaviour hanging; it measures nothing.
     */
    @Test
    @org.junit.jupiter.api.Timeout(60)
    void aLoglinearSearchOverEightListsIsRefusedAtOnceInOneLine() throws IOException {
        StringBuilder s = new StringBuilder("A,B,C,D,E,F,G,H,count\n");
        for (int p = 1; p < 256; p += 7) {
            for (int list = 7; list >= 0; list--) {
                s.append((p >> list) & 1).append(",");
            }
            s.append(1 + p % 5).append('\n');
        }
        Path eight = dir.resolve("eight.csv");
        Files.writeString(eight, s.toString());

        Run r = run(eight.toString(), "--method", "loglinear", "--quiet");

        assertThat(r.exit).isEqualTo(2);
        assertThat(r.out).isEmpty();
        assertThat(r.err.strip()).doesNotContain("\n").doesNotContain("Exception")
                .contains("8 lists", "268,435,456", "--max-models 200,000", "--model", "--method lcmcr");
    }

    @Test
    void aSmallerModelLimitIsHonouredAndNamed() throws IOException {
        Run r = run(kosovo().toString(), "--method", "loglinear", "--max-models", "10", "--quiet");

        // Four lists up to order 3: 2^6 = 64 models with pairwise terms alone, so 10 is too few.
        assertThat(r.exit).isEqualTo(2);
        assertThat(r.err.strip()).contains("4 lists", "at least 64", "--max-models 10");
    }
}
