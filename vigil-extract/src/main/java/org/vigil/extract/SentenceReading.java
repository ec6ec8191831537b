package org.vigil.extract;

import org.vigil.extract.counts.CountMention;
import org.vigil.extract.cues.CueMention;
import org.vigil.extract.dates.DateMention;
import org.vigil.extract.events.Trigger;
import org.vigil.extract.layout.Sentence;
import org.vigil.extract.legal.ChargeMention;
import org.vigil.extract.legal.PenaltyMention;
import org.vigil.extract.names.Mention;

import java.util.List;

/** Everything the finders saw in one sentence; offsets are into the sentence. */
record SentenceReading(Sentence sentence, List<DateMention> dates, List<CountMention> counts,
                       List<ChargeMention> charges, List<PenaltyMention> penalties, List<CueMention> categories,
                       List<CueMention> tortureMethods, List<CueMention> fairTrial, List<Trigger> triggers,
                       List<Mention> mentions) {

    String text() {
        return sentence.string();
    }
}
