package org.vigil.extract.internal.names;

/** The kinds of named thing the reader recognises. */
public enum EntityType {
    PERSON, ORGANISATION, PLACE
}
