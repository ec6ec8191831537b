package org.vigil.store.search;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.time.PartialDate;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.vigil.store.search.SampleRecords.event;
import static org.vigil.store.search.SampleRecords.organisation;
import static org.vigil.store.search.SampleRecords.person;

/** Finding records by any script or romanisation of their names, and search text that is only text. */
class MultilingualSearchTest {

    private static final AccessScope VIEWER = AccessScope.viewer();
    private static SearchIndex index;

    @BeforeAll
    static void indexRecords() {
        index = SearchIndex.inMemory();
        index.index(List.of(
                person("tuletaeva", "Roza Tuletaeva"),
                person("kozlov", "Козлов Владимир"),
                person("kozlova", "Natalia Kozlova"),
                person("sokolova", "Соколова Наталья"),
                person("smirnov", "Sergei Smirnov"),
                person("evgeny", "Yevgeny Zhovtis"),
                organisation("halyk", "Халық банкі", "Народный банк"),
                event("zhanaozen", "Zhanaozen clashes", "excessive_force", "Zhanaozen", PartialDate.ofMonth(2011, 12)),
                event("aktau", "Trial of oil workers in Актау", "unfair_trial", "Актау", PartialDate.ofYear(2012)),
                event("andijan", "Andijan massacre", "extrajudicial_execution", "Andijan", PartialDate.ofMonth(2005, 5)),
                event("nursultan", "Protest in Нұрсұлтан", "freedom_of_assembly", "Нұрсұлтан", PartialDate.ofYear(2019)),
                event("secret", "Internal note on Tuletaeva", Confidentiality.INTERNAL)));
    }

    @AfterAll
    static void close() {
        index.close();
    }

    private static List<String> ids(String text) {
        return index.search(SearchQuery.text(text), VIEWER).hits().stream().map(SearchHit::id).toList();
    }

    @ParameterizedTest(name = "\"{0}\" finds {1}")
    @CsvSource({
            "Tuletayeva, tuletaeva",
            "Tuletaeva, tuletaeva",
            "Тулетаева, tuletaeva",
            "Kozlov, kozlov",
            "Козлов, kozlov",
            "Sokolova, sokolova",
            "Evgeny, evgeny",
            "Евгений, evgeny",
            "Halyk, halyk",
            "Khalyk, halyk",
            "Жанаозен, zhanaozen",
            "Janaozen, zhanaozen",
            "Aqtau, aktau",
            "Andizhan, andijan",
            "Андижан, andijan",
            "Nursultan, nursultan"})
    void anySpellingFindsTheRecord(String text, String id) {
        assertThat(ids(text)).containsExactly(id);
    }

    @Test
    void everyWordMustMatch() {
        assertThat(ids("Roza Тулетаева")).containsExactly("tuletaeva");
        assertThat(ids("Roza Sokolova")).isEmpty();
    }

    @Test
    void inflectedSurnamesAreDifferentWords() {
        assertThat(ids("Kozlova")).containsExactly("kozlova");
        assertThat(ids("Sokolov")).isEmpty();
    }

    @Test
    void theExactSpellingRanksFirstAmongVariants() {
        index.index(person("tuletayeva-ru", "Aliya Tuletayeva"));
        try {
            List<String> hits = ids("Tuletayeva");
            assertThat(hits).containsExactlyInAnyOrder("tuletaeva", "tuletayeva-ru");
            assertThat(hits.get(0)).isEqualTo("tuletayeva-ru");
        } finally {
            index.delete("tuletayeva-ru");
        }
    }

    @Test
    void hitsCarryASnippetWithTheMatchMarkedEvenAcrossScripts() {
        SearchHit hit = index.search(SearchQuery.text("Tuletayeva"), VIEWER).hits().get(0);
        Snippet snippet = hit.snippet().orElseThrow();
        assertThat(snippet.text()).contains("Roza Tuletaeva");
        assertThat(snippet.marks()).hasSize(1);
        Snippet.Mark mark = snippet.marks().get(0);
        assertThat(snippet.text().substring(mark.start(), mark.end())).isEqualTo("Tuletaeva");
        assertThat(snippet.toHtml()).contains("<mark>Tuletaeva</mark>");

        SearchHit cyrillic = index.search(SearchQuery.text("Sokolova"), VIEWER).hits().get(0);
        assertThat(cyrillic.snippet().orElseThrow().toHtml()).contains("<mark>Соколова</mark>");
    }

    @Test
    void snippetHtmlEscapesTheText() {
        Snippet s = new Snippet("<b>Tuletaeva</b> & co", List.of(new Snippet.Mark(3, 12)));
        assertThat(s.toHtml()).isEqualTo("&lt;b&gt;<mark>Tuletaeva</mark>&lt;/b&gt; &amp; co");
    }

    @ParameterizedTest(name = "\"{0}\" is searched as plain words")
    @ValueSource(strings = {"Kozlov AND (", "*:*", "id:secret", "confidentiality:internal", "Tuletaeva OR *",
            "\"unbalanced", "title:[a TO z]", "\\", "+-!(){}[]^\"~*?:/", "Тулетаева~2"})
    void queryTextIsNeverSyntax(String text) {
        assertThatCode(() -> index.search(SearchQuery.text(text), VIEWER)).doesNotThrowAnyException();
        SearchResult result = index.search(SearchQuery.text(text), VIEWER);
        assertThat(result.hits()).extracting(SearchHit::id).doesNotContain("secret");
        assertThat(result.total()).isLessThanOrEqualTo(index.search(SearchQuery.all(), VIEWER).total());
    }

    @Test
    void veryLongTextIsCutToTheFirstWords() {
        String longText = "Tuletaeva " + "word ".repeat(5000);
        assertThat(index.search(SearchQuery.text(longText), VIEWER).total()).isZero();
        String manyMatches = "Tuletaeva ".repeat(TextMatch.MAX_WORDS + 10) + "unmatched";
        assertThat(ids(manyMatches)).containsExactly("tuletaeva");
    }

    @Test
    void operatorsAreWordsThatMustMatch() {
        assertThat(ids("Kozlov AND (")).isEmpty();
        assertThat(ids("id:secret")).isEmpty();
        assertThat(ids("Tuletaeva OR Kozlov")).isEmpty();
    }

    @Test
    void textWithoutWordsListsWhatTheScopeMaySee() {
        SearchResult result = index.search(SearchQuery.text("*:*"), VIEWER);
        assertThat(result.total()).isEqualTo(index.search(SearchQuery.all(), VIEWER).total());
        assertThat(result.hits()).extracting(SearchHit::id).doesNotContain("secret");
    }
}
