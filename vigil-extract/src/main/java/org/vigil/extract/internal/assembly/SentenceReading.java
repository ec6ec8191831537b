package org.vigil.extract.internal.assembly;

import org.vigil.extract.internal.counts.CountMention;
import org.vigil.extract.internal.cues.CueMention;
import org.vigil.extract.internal.dates.DateMention;
import org.vigil.extract.internal.events.Trigger;
import org.vigil.extract.internal.layout.Sentence;
import org.vigil.extract.internal.legal.ChargeMention;
import org.vigil.extract.internal.legal.PenaltyMention;
import org.vigil.extract.internal.names.Mention;

import java.util.List;

/** Everything the finders saw in one sentence; offsets are into the sentence. */
public record SentenceReading(Sentence sentence, List<DateMention> dates, List<CountMention> counts,
                       List<ChargeMention> charges, List<PenaltyMention> penalties, List<CueMention> categories,
                       List<CueMention> tortureMethods, List<CueMention> fairTrial, List<Trigger> triggers,
                       List<Mention> mentions) {

    String text() {
        return sentence.string();
    }
}
