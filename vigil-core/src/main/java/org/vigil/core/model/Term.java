package org.vigil.core.model;

/**
 * A length of time as courts and reports state it: years, months and days ("seven-and-a-half years" is
 * 7 years 6 months).
 */
public record Term(int years, int months, int days) {

    /** Rejects negative and all-zero terms. */
    public Term {
        if (years < 0 || months < 0 || days < 0) {
            throw new IllegalArgumentException("term " + years + "y " + months + "m " + days + "d has a negative part");
        }
        if (years == 0 && months == 0 && days == 0) {
            throw new IllegalArgumentException("a term of zero length says nothing: give years, months or days");
        }
    }

    /** A term in whole years. */
    public static Term years(int years) {
        return new Term(years, 0, 0);
    }

    /** A term in months. */
    public static Term months(int months) {
        return new Term(0, months, 0);
    }

    /** A term in days. */
    public static Term days(int days) {
        return new Term(0, 0, days);
    }

    /** The term in years as a decimal (7 years 6 months → 7.5), counting a month as 1/12 and a day as 1/365. */
    public double inYears() {
        return years + months / 12.0 + days / 365.0;
    }

    /** The term in English: "7 years and 6 months", "15 days". */
    @Override
    public String toString() {
        StringBuilder s = new StringBuilder();
        append(s, years, "year");
        append(s, months, "month");
        append(s, days, "day");
        return s.toString();
    }

    private static void append(StringBuilder s, int n, String unit) {
        if (n > 0) {
            if (s.length() > 0) {
                s.append(" and ");
            }
            s.append(n).append(' ').append(unit).append(n == 1 ? "" : "s");
        }
    }
}
