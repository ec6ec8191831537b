package org.vigil.store.search;

/**
 * How many visible hits carry one value of a facet.
 *
 * @param value the code: a violation category or a record type code
 * @param count number of visible hits with it
 */
public record FacetCount(String value, long count) {
}
