package org.vigil.link.internal.compare;

import org.vigil.link.compare.ComparisonKind;
import org.vigil.link.settings.FieldSettings;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Which name columns hold the given name and which the surname, told from the column's name; and
 * from that, which two fields a source may have written the wrong way round ("Muller" under the
 * given name, "Sophie" under the surname).
 */
public final class NameRoles {

    /** Column names (lower case, letters and digits only) that hold a given name. */
    public static final Set<String> GIVEN = Set.of("firstname", "fname", "givenname", "given", "forename",
            "namefirst", "fnamec1", "imya", "firstnames");
    /** Column names (lower case, letters and digits only) that hold a surname. */
    public static final Set<String> SURNAME = Set.of("surname", "lastname", "lname", "familyname", "namelast",
            "lnamec1", "familiya");

    private NameRoles() {
    }

    /** A column name reduced to lower-case letters and digits, as the sets above hold them. */
    public static String key(String column) {
        return column.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }

    /**
     * For each field, the field it may be swapped with (the given-name field for the surname field and
     * back), or -1. Only one pair: the first name field of each role, both compared as names.
     */
    public static int[] swapPartners(List<FieldSettings> fields) {
        int[] partner = new int[fields.size()];
        Arrays.fill(partner, -1);
        int given = -1;
        int surname = -1;
        for (int f = 0; f < fields.size(); f++) {
            FieldSettings fs = fields.get(f);
            if (fs.kind() != ComparisonKind.NAME || fs.columns().size() != 1) {
                continue;
            }
            String k = key(fs.columns().get(0));
            if (given < 0 && GIVEN.contains(k)) {
                given = f;
            } else if (surname < 0 && SURNAME.contains(k)) {
                surname = f;
            }
        }
        if (given >= 0 && surname >= 0) {
            partner[given] = surname;
            partner[surname] = given;
        }
        return partner;
    }
}
