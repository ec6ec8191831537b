package org.vigil.extract.review;

import org.vigil.extract.facts.Fact;
import org.vigil.extract.facts.ChargeFact;
import org.vigil.extract.facts.CountFact;
import org.vigil.extract.facts.DatedEventFact;
import org.vigil.extract.facts.FairTrialFact;
import org.vigil.extract.facts.GroupFact;
import org.vigil.extract.facts.OrganisationFact;
import org.vigil.extract.facts.PersonFact;
import org.vigil.extract.facts.PlaceFact;
import org.vigil.extract.facts.TortureMethodFact;

import java.util.Optional;

/**
 * Which words of a fact a reviewer may correct — a name, a charge's text, what happened — and the fact with
 * them corrected: one place for the review page that offers the correction and the review that applies it.
 */
public final class Correctable {

    private Correctable() {
    }

    /** The words a reviewer may correct in this fact, if any. */
    public static Optional<String> text(Fact f) {
        if (f instanceof PersonFact p) {
            return Optional.of(p.name());
        } else if (f instanceof GroupFact g) {
            return Optional.of(g.who());
        } else if (f instanceof OrganisationFact o) {
            return Optional.of(o.name());
        } else if (f instanceof PlaceFact p) {
            return Optional.of(p.name());
        } else if (f instanceof CountFact c) {
            return Optional.of(c.what());
        } else if (f instanceof ChargeFact c) {
            return Optional.of(c.text());
        } else if (f instanceof TortureMethodFact t) {
            return Optional.of(t.text());
        } else if (f instanceof FairTrialFact t) {
            return Optional.of(t.text());
        } else if (f instanceof DatedEventFact e) {
            return Optional.of(e.what());
        }
        return Optional.empty();
    }

    /** The fact with those words replaced by the reviewer's (same id, same type). */
    public static Fact with(Fact f, String value) {
        if (f instanceof PersonFact p) {
            return new PersonFact(p.id(), value, p.roles(), p.organisation(), p.nationality(), p.events(), p.evidence());
        } else if (f instanceof GroupFact g) {
            return new GroupFact(g.id(), value, g.size(), g.roles(), g.events(), g.evidence());
        } else if (f instanceof OrganisationFact o) {
            return new OrganisationFact(o.id(), value, o.kind(), o.aliases(), o.evidence());
        } else if (f instanceof PlaceFact p) {
            return new PlaceFact(p.id(), value, p.kind(), p.country(), p.evidence());
        } else if (f instanceof CountFact c) {
            return new CountFact(c.id(), value, c.count(), c.kind(), c.event(), c.date(), c.evidence());
        } else if (f instanceof ChargeFact c) {
            return new ChargeFact(c.id(), value, c.persons(), c.evidence());
        } else if (f instanceof TortureMethodFact t) {
            return new TortureMethodFact(t.id(), t.code(), value, t.evidence());
        } else if (f instanceof FairTrialFact t) {
            return new FairTrialFact(t.id(), t.code(), value, t.evidence());
        } else if (f instanceof DatedEventFact e) {
            return new DatedEventFact(e.id(), e.date(), e.type(), value, e.who(), e.evidence());
        }
        throw new IllegalArgumentException("a " + f.getClass().getSimpleName() + " has nothing to correct");
    }
}
