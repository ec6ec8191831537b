package org.vigil.link.input;

/**
 * Where part of the input came from, for provenance.
 *
 * @param name    the file name as given, or the source name for records passed in memory
 * @param sha256  SHA-256 of the file's bytes (or of the records' canonical text), lower-case hex
 * @param records how many records it held
 */
public record InputFile(String name, String sha256, int records) {
}
