package org.vigil.link.model;

/**
 * The fitted probabilities of one comparison level.
 *
 * @param label the level's meaning ("jaro-winkler >= 0.92")
 * @param m     probability of this level among pairs that are the same person
 * @param u     probability of this level among pairs that are not
 */
public record LevelParameters(String label, double m, double u) {

    /** The level's match weight log2(m/u): what agreement at this level adds to the evidence. */
    public double weight() {
        return Math.log(m / u) / Math.log(2);
    }
}
