package org.vigil.app.web;

import org.vigil.app.web.forms.RecordKinds;
import org.vigil.core.model.Act;
import org.vigil.core.model.EventLink;
import org.vigil.core.model.Intervention;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.MonitoredCase;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Record;
import org.vigil.core.time.PartialDate;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;

import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Titles of records in words, as a person names them: "Torture of Roza Tuletayeva, late January 2012"
 * rather than the stored label "torture (per-931a5651)", which names other records by their ids.
 *
 * <p>Records that another record names are looked up through the caller's view, so a title never reveals a
 * name the reader may not see; an unavailable one reads "(not shown)".
 */
public final class RecordTitles {

    private final Function<String, Optional<Record>> lookup;
    private final Vocabularies vocab;

    /** Titles naming the records that {@code lookup} finds (as the reader may see them). */
    public RecordTitles(Function<String, Optional<Record>> lookup, Vocabularies vocab) {
        this.lookup = lookup;
        this.vocab = vocab;
    }

    /** The title of a record in words. */
    public String of(Record r) {
        if (r instanceof Act a) {
            return term(VocabularyKind.ACT_TYPE, a.actType()) + " of " + name(a.victimId()) + when(a.start());
        }
        if (r instanceof Proceeding p) {
            return RecordKinds.stepLabel(p.step().kindCode()) + " of " + name(p.personId()) + when(p.date());
        }
        if (r instanceof Involvement i) {
            String act = lookup.apply(i.actId()).map(x -> x instanceof Act a
                    ? term(VocabularyKind.ACT_TYPE, a.actType()).toLowerCase(Locale.ROOT) + " of "
                    + name(a.victimId()) : shortTitle(x)).orElse("an act not shown");
            return name(i.perpetratorId()) + " as perpetrator of " + act;
        }
        if (r instanceof MonitoredCase c) {
            return "Case of " + name(c.personId());
        }
        if (r instanceof EventLink l) {
            return name(l.fromEventId()) + " — " + term(VocabularyKind.EVENT_LINK_TYPE, l.kind()).toLowerCase(
                    Locale.ROOT) + " — " + name(l.toEventId());
        }
        if (r instanceof Intervention i) {
            return term(VocabularyKind.INTERVENTION_TYPE, i.kind()) + i.byId().map(b -> " by " + name(b)).orElse("")
                    + when(i.date());
        }
        return r.label();
    }

    /** The title of the record with this id, or a phrase saying it is not shown. */
    public String of(String id) {
        return lookup.apply(id).map(this::of).orElse("(record not available)");
    }

    private String shortTitle(Record r) {
        return r instanceof Act || r instanceof Proceeding ? of(r) : r.label();
    }

    private String name(String id) {
        return lookup.apply(id).map(r -> r instanceof Act || r instanceof Proceeding ? of(r) : r.label())
                .orElse("(not shown)");
    }

    private String term(VocabularyKind kind, String code) {
        return vocab.get(kind).label(code);
    }

    private static String when(Optional<PartialDate> date) {
        return date.map(d -> ", " + d.toEnglish()).orElse("");
    }
}
