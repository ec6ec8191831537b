package org.vigil.extract.internal.layout;

import org.junit.jupiter.api.Test;
import org.vigil.core.model.TextSpan;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Layout repair of PDF-extracted text: boxes interleaved mid-sentence, page furniture, hyphenation. */
class LayoutRepairTest {

    private static final String BOXED = String.join("\n",
            "Torture",
            "",
            "Three witnesses told the court that they had",
            " Case box: Maria Lopes, a teacher, was detained in May.",
            "She was released in June.",
            " been beaten in custody. The judge ignored them.");

    @Test
    void aSentenceSplitByASideBoxIsRejoinedAndTheBoxStaysApart() {
        List<Block> blocks = LayoutRepair.repair(BOXED);

        assertThat(blocks).extracting(Block::kind)
                .containsExactly(BlockKind.HEADING, BlockKind.TEXT, BlockKind.SIDE_BOX);
        assertThat(blocks.get(1).text().text())
                .isEqualTo("Three witnesses told the court that they had been beaten in custody. The judge ignored them.");
        assertThat(blocks.get(2).text().text())
                .isEqualTo("Case box: Maria Lopes, a teacher, was detained in May. She was released in June.");
    }

    @Test
    void evidenceOfARejoinedSentencePointsToBothPiecesOfTheInput() {
        Block text = LayoutRepair.repair(BOXED).get(1);
        String joined = text.text().text();
        int from = joined.indexOf("they had");
        int to = joined.indexOf(" in custody");

        List<TextSpan> spans = text.text().spans(from, to);

        assertThat(spans).hasSize(2);
        assertThat(spans.get(0).of(BOXED)).isEqualTo("they had");
        assertThat(spans.get(1).of(BOXED)).isEqualTo("been beaten");
    }

    @Test
    void pageNumbersAndRunningTitlesAreDroppedWithoutEndingTheParagraph() {
        String input = String.join("\n",
                "Annual Review of Rights",
                "The commission received complaints from",
                "12",
                "Annual Review of Rights",
                "farmers in the north. It closed none.",
                "Annual Review of Rights",
                "Page 13",
                "Its report came out late.");

        List<Block> blocks = LayoutRepair.repair(input);

        assertThat(blocks).hasSize(1);
        assertThat(blocks.get(0).text().text()).isEqualTo(
                "The commission received complaints from farmers in the north. It closed none. Its report came out late.");
    }

    @Test
    void aHyphenAtTheEndOfALineJoinsTheWordWithoutASpace() {
        List<Block> blocks = LayoutRepair.repair("Detainees reported ill-\ntreatment in the camp.");

        assertThat(blocks.get(0).text().text()).isEqualTo("Detainees reported ill-treatment in the camp.");
    }

    @Test
    void sentencesAreSplitButNotAfterAbbreviationsOrInitials() {
        List<Sentence> sentences = SentenceSplitter.split(LayoutRepair.repair(
                "Mr. A. Karimov was held under Art. 5 of the law. He was freed. “Why?” she asked."));

        assertThat(sentences).extracting(Sentence::string).containsExactly(
                "Mr. A. Karimov was held under Art. 5 of the law.", "He was freed.", "“Why?” she asked.");
    }
}
