package org.vigil.estimate.result;

/**
 * Method-specific diagnostics of an estimate. Not sealed: each method's record lives in that
 * method's package, and sealing across packages needs a named module.
 */
public interface Diagnostics {
}
