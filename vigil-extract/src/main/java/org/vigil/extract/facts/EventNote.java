package org.vigil.extract.facts;

import org.vigil.core.time.PartialDate;

/**
 * Something that happened to a person or group, as a line of their timeline.
 *
 * @param date    when
 * @param what    what happened, in the report's words
 * @param eventId the dated event fact it comes from
 */
public record EventNote(PartialDate date, String what, String eventId) {
}
