package org.vigil.link;

/**
 * The cluster (person) a record belongs to.
 *
 * @param recordId  the record's id
 * @param clusterId the cluster's stable id
 */
public record ClusterAssignment(String recordId, String clusterId) {
}
