package org.vigil.estimate.dga;

/**
 * The posterior probability of one decomposable graph.
 *
 * @param model cliques with list names, e.g. "[EXH,ABA,OSCE][EXH,OSCE,HRW]"
 * @param weight posterior model probability
 */
public record ModelWeight(String model, double weight) {
}
