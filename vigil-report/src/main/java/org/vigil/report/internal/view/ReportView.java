package org.vigil.report.internal.view;

import org.vigil.core.dataset.Dataset;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.FieldValues;
import org.vigil.core.model.Record;
import org.vigil.core.model.Reference;
import org.vigil.core.model.SensitiveFields;
import org.vigil.report.Audience;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The records a report may draw on, and nothing else: for the public, only public records; for staff, what
 * the reader may see. A record that points to a record outside the view is left out with it (an act whose
 * victim is restricted says who suffered it), references to withheld records are cut, and the sensitive
 * fields (contact details, real identities, testimony text), an anonymous person's names and every source's
 * text are removed from every record whatever the audience, as the model declares for reports: a report is
 * printed and carried, and must never hold them.
 */
public final class ReportView {

    private final Dataset visible;
    private final Dataset withheld;

    private ReportView(Dataset visible, Dataset withheld) {
        this.visible = visible;
        this.withheld = withheld;
    }

    /**
     * The view of a data set for an audience.
     *
     * @param data every record
     * @param audience who the report is for
     * @param readerMaySee for an internal report, which records the reader may see (for public ones it is ignored)
     */
    public static ReportView of(Dataset data, Audience audience, Predicate<Record> readerMaySee) {
        Predicate<Record> allowed = audience == Audience.PUBLIC
                ? r -> r.confidentiality() == Confidentiality.PUBLIC
                : readerMaySee;
        Set<String> ids = new HashSet<>();
        data.all().filter(allowed).forEach(r -> ids.add(r.id()));
        // Drop records whose meaning rests on a withheld record, until nothing changes (an involvement needs its act).
        boolean changed = true;
        while (changed) {
            changed = false;
            for (Record r : (Iterable<Record>) data.all()::iterator) {
                if (ids.contains(r.id()) && !dependenciesVisible(r, ids)) {
                    ids.remove(r.id());
                    changed = true;
                }
            }
        }
        List<Record> kept = new ArrayList<>();
        List<Record> left = new ArrayList<>();
        for (Record r : (Iterable<Record>) data.all()::iterator) {
            if (ids.contains(r.id())) {
                kept.add(trimmed(SensitiveFields.shownIn(SensitiveFields.Outlet.REPORT, r), ids));
            } else {
                left.add(r);
            }
        }
        return new ReportView(Dataset.of(kept), Dataset.of(left));
    }

    /** The records the report may state. */
    public Dataset visible() {
        return visible;
    }

    /** The records left out; a public report may state only totals of them, and only when allowed. */
    public Dataset withheld() {
        return withheld;
    }

    /** True when every record this one's meaning rests on (its essential references) is in the view. */
    private static boolean dependenciesVisible(Record r, Set<String> ids) {
        for (Reference ref : r.recordType().references()) {
            if (ref.essential()) {
                for (FieldValues.Found f : FieldValues.textsAt(r, ref.path())) {
                    if (!ids.contains((String) f.value())) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * Cuts references to withheld records from a kept record: every reference its type declares that is not
     * essential. What a report never prints is already gone ({@link SensitiveFields#shownIn}).
     */
    private static Record trimmed(Record r, Set<String> ids) {
        Record cut = r;
        for (Reference ref : r.recordType().references()) {
            if (!ref.essential()) {
                cut = FieldValues.cut(cut, ref.path(), ids::contains);
            }
        }
        return cut;
    }
}
