package org.vigil.store.testing;

import org.vigil.core.model.Person;
import org.vigil.core.model.PersonKind;
import org.vigil.core.model.PersonName;
import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;

import java.nio.file.Path;
import java.util.List;

/**
 * A process that writes records forever and prints "committed ID" after each commit returns: the
 * crash-safety test kills it with SIGKILL and checks that every printed record survived.
 */
public final class WritingLoop {

    private WritingLoop() {
    }

    /** Arguments: data directory, key directory, prefix for record ids. */
    public static void main(String[] args) {
        try (Store store = Store.open(StoreLocation.embedded(Path.of(args[0]), Path.of(args[1])))) {
            for (int i = 0; ; i++) {
                String id = args[2] + "-" + i;
                Person p = Person.builder(id).kind(PersonKind.INDIVIDUAL)
                        .names(PersonName.of("Сотрудник " + i)).descriptors("witness").build();
                store.records().save(List.of(p), "writer");
                System.out.println("committed " + id);
                System.out.flush();
            }
        }
    }
}
