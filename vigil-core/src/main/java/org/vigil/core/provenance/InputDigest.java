package org.vigil.core.provenance;

import org.vigil.core.hash.Sha256;

/**
 * One input of a computation and the SHA-256 of its bytes.
 *
 * @param name   the file name or another name for the input ("records in the store")
 * @param sha256 lower-case hexadecimal SHA-256 of exactly the bytes that were read
 */
public record InputDigest(String name, String sha256) {

    /** The digest of bytes read under a name. */
    public static InputDigest of(String name, byte[] bytes) {
        return new InputDigest(name, Sha256.hex(bytes));
    }
}
