package org.vigil.app.web.review;

import java.util.List;

/**
 * A draft fact as a person reads it on the review screen: what kind of fact it is, its value in words,
 * labelled details (dates in words, figures with their qualifier), the sentence it was read from with
 * its words marked, and the one field a reviewer may correct.
 *
 * @param id              the fact's id (used only in form field names and anchors)
 * @param kind            the kind in words ("Person", "Torture method")
 * @param headline        the fact in a few words ("Lena Okafor", "at least 15 people killed")
 * @param details         labelled details
 * @param quote           the sentence the fact was read from, cut into marked and unmarked pieces
 * @param correctionLabel what the correction field corrects ("Name"); empty when nothing can be corrected
 * @param correctable     the current value of that field
 */
public record FactView(String id, String kind, String headline, List<Detail> details, List<QuotePiece> quote,
                       String correctionLabel, String correctable) {

    /** Copies lists. */
    public FactView {
        details = List.copyOf(details);
        quote = List.copyOf(quote);
    }

    /** Whether the reviewer may correct this fact. */
    public boolean isCorrectable() {
        return !correctionLabel.isEmpty();
    }

    /** One labelled detail ("Date", "3 March 2023"). */
    public record Detail(String label, String value) {
    }

    /** A piece of the quoted sentence; marked pieces are the words the fact was read from. */
    public record QuotePiece(String text, boolean marked) {
    }

    /** The facts of one kind, under a heading. */
    public record Group(String heading, List<FactView> facts) {
        /** Copies the list. */
        public Group {
            facts = List.copyOf(facts);
        }
    }
}
