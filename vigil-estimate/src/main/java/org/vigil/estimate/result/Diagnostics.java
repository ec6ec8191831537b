package org.vigil.estimate.result;

/** Method-specific diagnostics of an estimate. */
public interface Diagnostics {
}
