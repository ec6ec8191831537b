package org.vigil.estimate.internal.loglinear;

/**
 * Heterogeneity terms of Rcapture's closed-population models (Rivest and Baillargeon 2007): extra
 * design columns that depend only on how many lists a pattern is on (f).
 */
public enum Heterogeneity {
    /** No heterogeneity term. */
    NONE("", 0),
    /** Chao's lower bound: columns (f-2)+, (f-3)+, ..., (f-(J-1))+, each constrained to be >= 0. */
    CHAO("Chao", -1),
    /** Poisson with theta 2: column 2^f - 1. */
    POISSON2("Poisson2", 1),
    /** Darroch: column f^2/2. */
    DARROCH("Darroch", 1),
    /** Gamma with theta 3.5: column -log(3.5 + f) + log(3.5). */
    GAMMA35("Gamma3.5", 1);

    private final String label;
    private final int columns;

    Heterogeneity(String label, int columns) {
        this.label = label;
        this.columns = columns;
    }

    /** The label used in model names ("Poisson2"). */
    public String label() {
        return label;
    }

    /** How many columns the term adds for J lists. */
    public int columnCount(int lists) {
        return columns >= 0 ? columns : Math.max(lists - 2, 1);
    }

    /** The value of column {@code c} for a pattern on {@code f} lists. */
    public double value(int c, int f) {
        switch (this) {
            case CHAO:
                return Math.max(f - (c + 3) + 1, 0);
            case POISSON2:
                return Math.pow(2, f) - 1;
            case DARROCH:
                return f * (double) f / 2;
            case GAMMA35:
                return -Math.log(3.5 + f) + Math.log(3.5);
            default:
                throw new IllegalStateException("no heterogeneity column");
        }
    }
}
