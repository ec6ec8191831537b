package org.vigil.link.review;

/**
 * What one field adds to a pair's match weight, for a reviewer to see why the pair scored as it did.
 *
 * @param field               the field's name
 * @param level               the comparison level reached ("agree to the year"), or "missing"
 * @param valueA              the first record's value as written
 * @param valueB              the second record's value as written
 * @param weight              log2(m/u) of that level, in bits (0 when missing)
 * @param frequencyAdjustment extra bits for a rare (positive) or common (negative) exactly agreeing value
 */
public record FieldContribution(String field, String level, String valueA, String valueB, double weight,
                                double frequencyAdjustment) {
}
