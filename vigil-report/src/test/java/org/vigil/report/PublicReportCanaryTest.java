package org.vigil.report;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.vigil.core.dataset.Dataset;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every restricted or internal record, every record that only makes sense with one of them, and every
 * sensitive field (contact details, real identities, names of anonymous people, testimony text) holds a canary
 * string "CNRY...". None may reach a public report, in any format, language or setting.
 */
class PublicReportCanaryTest {

    private static final Dataset DATA = Fixtures.canaries();
    private static final CountryReports REPORTS = new CountryReports();

    static Stream<Arguments> publicOutputs() {
        return Stream.of(ReportFormat.values()).flatMap(f -> Stream.of("en", "ru").flatMap(lang ->
                Stream.of(false, true).map(totals -> Arguments.of(f, lang, totals))));
    }

    @ParameterizedTest(name = "{0}, {1}, withheld totals {2}")
    @MethodSource("publicOutputs")
    void noCanaryReachesAPublicReport(ReportFormat format, String language, boolean withheldTotals) {
        ReportRequest request = new ReportRequest("KZ", 2020, Audience.PUBLIC, Locale.forLanguageTag(language),
                Optional.empty(), withheldTotals, 1, List.of());

        String text = Fixtures.text(REPORTS.render(DATA, request, format), format);

        assertThat(text).contains("Ertis", "Aigul Serikkyzy", "Witness A").doesNotContain("CNRY");
    }

    @Test
    void theFixtureHasACanaryInEveryFreeTextFieldOfEveryWithheldRecord() {
        // What the public view withholds: non-public records and the public ones resting on them.
        Dataset withheld = org.vigil.report.internal.view.ReportView.of(DATA, Audience.PUBLIC, r -> true).withheld();
        List<String> plain = new java.util.ArrayList<>();

        withheld.all().forEach(r -> walk(r.id(), "", org.vigil.core.json.VigilJson.MAPPER.valueToTree(r), plain));

        assertThat(withheld.size()).isEqualTo(18);
        assertThat(plain).as("free text without a canary in a withheld record").isEmpty();
    }

    /** Free-text fields of the model (codes, dates and numbers are not free text). */
    private static final java.util.Set<String> FREE_TEXT = java.util.Set.of("title", "description", "name", "value",
            "text", "author", "url", "notes", "what", "groupDescription", "occupation", "purpose", "placeOfDetention",
            "place", "region", "response", "note", "otherNames", "contact", "realIdentity", "grounds", "charges");

    private static void walk(String id, String key, tools.jackson.databind.JsonNode node, List<String> plain) {
        if (node.isObject()) {
            node.properties().forEach(e -> walk(id, e.getKey(), e.getValue(), plain));
        } else if (node.isArray()) {
            node.forEach(n -> walk(id, key, n, plain));
        } else if (node.isString() && FREE_TEXT.contains(key) && !node.asString().contains("CNRY")) {
            plain.add(id + "." + key + " = " + node.asString());
        }
    }

    @Test
    void theInternalVersionShowsWhatTheReaderMaySeeButNeverTheSensitiveFields() {
        ReportRequest request = ReportRequest.of("KZ", 2020).withAudience(Audience.INTERNAL);

        String text = new String(REPORTS.render(DATA, request, ReportFormat.MARKDOWN), java.nio.charset.StandardCharsets.UTF_8);

        // The canaries can be found: the internal version of the same data shows restricted records...
        assertThat(text).contains("CNRYeventtitle20", "CNRYactdesc31", "CNRYintdesc40");
        // ...but contact details, real identities, real names of anonymous people and testimony never.
        assertThat(text).doesNotContain("CNRYcontact10", "CNRYcontact14", "CNRYcontact18", "CNRYrealid13",
                "CNRYsrctext01", "CNRYsrctext05");
    }

    @Test
    void anInternalReaderSeesOnlyTheRecordsTheyMaySee() {
        ReportRequest request = ReportRequest.of("KZ", 2020).withAudience(Audience.INTERNAL);

        String text = new String(REPORTS.render(DATA, request, ReportFormat.MARKDOWN,
                r -> r.confidentiality() != org.vigil.core.model.Confidentiality.RESTRICTED),
                java.nio.charset.StandardCharsets.UTF_8);

        assertThat(text).contains("CNRYeventtitle25").doesNotContain("CNRYeventtitle20", "CNRYactdesc31");
    }

    @Test
    void withheldVictimsAreStatedOnlyAsTotalsAndOnlyWhenAllowedAndLargeEnough() {
        ReportRequest notAllowed = ReportRequest.of("KZ", 2020);
        ReportRequest allowed = new ReportRequest("KZ", 2020, Audience.PUBLIC, Locale.ENGLISH, Optional.empty(),
                true, 5, List.of());
        ReportRequest tooSmall = new ReportRequest("KZ", 2020, Audience.PUBLIC, Locale.ENGLISH, Optional.empty(),
                true, 7, List.of());

        String none = md(notAllowed);
        String some = md(allowed);
        String small = md(tooSmall);

        assertThat(none).doesNotContain("further victims");
        // Withheld: a restricted act on the public protest (at least 4 killed people's group) and a public act on
        // a restricted victim (1) -> 5 under excessive force; a restricted event's act on at least 6 -> torture.
        assertThat(some).contains("Records of 5 further victims in this category are withheld")
                .contains("Torture and other ill-treatment: records of 6 further victims");
        assertThat(small).doesNotContain("further victims");
    }

    private static String md(ReportRequest r) {
        return new String(REPORTS.render(DATA, r, ReportFormat.MARKDOWN), java.nio.charset.StandardCharsets.UTF_8);
    }
}
