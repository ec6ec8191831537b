package org.vigil.link.generate;

import org.vigil.link.input.InputRecord;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One generated record: how one source wrote one person.
 *
 * @param recordId   unique id
 * @param source     the source (kazakh_ngo, russian_ngo, news_en, court, un_report, kz_latin)
 * @param name       the name as the source writes it
 * @param birthDate  the birth date as written, possibly partial or empty
 * @param birthPlace the birth place as written, possibly empty
 * @param personId   the true person: the answer, never to be used for linking
 */
public record GeneratedRecord(String recordId, String source, String name, String birthDate, String birthPlace,
                              String personId) {

    /** The record as linkage input, without the truth. */
    public InputRecord toInput() {
        Map<String, String> values = new LinkedHashMap<>();
        values.put("name", name);
        if (!birthDate.isEmpty()) {
            values.put("birth_date", birthDate);
        }
        if (!birthPlace.isEmpty()) {
            values.put("birth_place", birthPlace);
        }
        return new InputRecord(recordId, source, values);
    }
}
