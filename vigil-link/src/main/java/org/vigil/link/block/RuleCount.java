package org.vigil.link.block;

/**
 * How many candidate pairs one blocking rule makes.
 *
 * @param rule         the rule as written ({@code surname:key & birth_date:year})
 * @param pairs        pairs the rule makes on its own (counted before the run from block sizes)
 * @param newPairs     pairs no earlier rule made (known after generation; -1 before)
 * @param largestBlock records in the rule's largest block
 * @param largestKey   that block's key, to help tighten a rule that makes too many pairs
 * @param skippedBlocks blocks left out for having more records than maxBlockSize
 */
public record RuleCount(String rule, long pairs, long newPairs, int largestBlock, String largestKey, int skippedBlocks) {
}
