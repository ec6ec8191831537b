/**
 * The linkage model in pieces a distributed engine (vigil-spark) can run record by record, pair by pair and
 * component by component, each piece calling the same normalisation, comparison, EM and clustering code as
 * {@link org.vigil.link.Linker}. Everything here is serialisable and free of any engine's types.
 */
package org.vigil.link.distributed;
