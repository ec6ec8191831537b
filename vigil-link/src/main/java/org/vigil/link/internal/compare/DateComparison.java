package org.vigil.link.internal.compare;

import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.internal.normalise.DateReader;
import org.vigil.link.internal.normalise.FuzzyDate;

import java.util.List;
import java.util.Optional;

/**
 * Compares dates within the precision both sources give: "1975" agrees with "1975-03-12" to the
 * year, which is weaker evidence than two full dates agreeing. One column is read as a date in any
 * common form; two or three columns are read as year, month and day.
 */
public final class DateComparison implements FieldComparison {

    private static final List<String> LEVELS = List.of("same day", "agree to the month", "agree to the year",
            "one digit differs", "day/month swapped or two of three parts agree", "same year, month or day differs",
            "years one apart, one a year only", "different");
    private static final int SAME_YEAR_OTHER_DAY = 5;
    private static final int YEAR_ONE_OFF = 6;
    private static final int DIFFERENT = 7;

    @Override
    public ComparisonKind kind() {
        return ComparisonKind.DATE;
    }

    @Override
    public List<String> levels() {
        return LEVELS;
    }

    @Override
    public List<Integer> contradicting() {
        return List.of(SAME_YEAR_OTHER_DAY, DIFFERENT);
    }

    @Override
    public Optional<Object> prepare(List<String> raw) {
        Optional<FuzzyDate> d = raw.size() == 1 ? DateReader.read(raw.get(0)) : DateReader.readParts(raw);
        return d.map(x -> x);
    }

    @Override
    public int compare(Object a, Object b) {
        FuzzyDate x = (FuzzyDate) a;
        FuzzyDate y = (FuzzyDate) b;
        boolean yearSame = x.year() == y.year();
        if (x.digits().equals(y.digits())) {
            return x.digits().length() >= 8 ? 0 : x.digits().length() >= 6 ? 1 : 2;
        }
        if (x.digits().length() != y.digits().length()) {
            // one date is less precise: compare to the precision both give
            int common = Math.min(x.digits().length(), y.digits().length());
            if (x.digits().substring(0, common).equals(y.digits().substring(0, common))) {
                return common >= 6 ? 1 : 2;
            }
            return yearSame ? SAME_YEAR_OTHER_DAY : otherYear(x, y);
        }
        if (x.digits().length() >= 6 && StringSimilarity.editDistance(x.digits(), y.digits(), 1) <= 1) {
            return 3;
        }
        boolean dayKnown = x.day() != 0 && y.day() != 0;
        if (dayKnown && yearSame && x.month() == y.day() && x.day() == y.month()) {
            return 4;
        }
        if (dayKnown && ((yearSame ? 1 : 0) + (x.month() == y.month() ? 1 : 0) + (x.day() == y.day() ? 1 : 0)) == 2) {
            return 4;
        }
        return yearSame ? SAME_YEAR_OTHER_DAY : otherYear(x, y);
    }

    /**
     * Years one apart where one source gives only the year (a news report's "aged 48", a court's "born
     * 1975" worked out from an age) are a near miss; two precise dates in other years disagree.
     */
    private static int otherYear(FuzzyDate x, FuzzyDate y) {
        boolean yearOnly = x.month() == 0 || y.month() == 0;
        return yearOnly && Math.abs(x.year() - y.year()) == 1 ? YEAR_ONE_OFF : DIFFERENT;
    }

    @Override
    public String frequencyKey(Object prepared) {
        return ((FuzzyDate) prepared).digits();
    }

    @Override
    public List<String> blockingTransforms() {
        return List.of("exact", "year", "yearmonth", "monthday", "month", "day", "decade");
    }

    @Override
    public List<String> blockingKeys(Object prepared, String transform) {
        FuzzyDate d = (FuzzyDate) prepared;
        switch (transform) {
            case "exact":
                return d.day() == 0 ? List.of() : List.of(d.digits());
            case "year":
                return List.of(Integer.toString(d.year()));
            case "decade":
                return List.of(Integer.toString(d.year() / 10));
            case "yearmonth":
                return d.month() == 0 ? List.of() : List.of(d.year() + "-" + d.month());
            case "monthday":
                return d.day() == 0 ? List.of() : List.of(d.month() + "-" + d.day());
            case "month":
                return d.month() == 0 ? List.of() : List.of(Integer.toString(d.month()));
            case "day":
                return d.day() == 0 ? List.of() : List.of(Integer.toString(d.day()));
            default:
                return List.of();
        }
    }
}
