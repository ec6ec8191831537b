package org.vigil.link.heldout;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * Writes a held-out set: {@code people|court PERSONS SEED FILE.csv}. The file appears whole or not at all
 * (written beside it, then moved into place).
 */
public final class HeldOutWriter {

    private HeldOutWriter() {
    }

    /** Command line entry; exits with status 2 and one line on stderr for bad arguments. */
    public static void main(String[] args) {
        try {
            Path file = write(args);
            System.out.println("wrote " + file);
        } catch (IllegalArgumentException | IOException e) {
            System.err.println("heldout: " + e.getMessage());
            System.exit(2);
        }
    }

    /** Generates and writes the set the arguments name; returns the file written. */
    static Path write(String[] args) throws IOException {
        if (args.length != 4) {
            throw new IllegalArgumentException("expected 4 arguments 'people|court PERSONS SEED FILE.csv', got "
                    + args.length + "; e.g. people 5000 17 people.csv");
        }
        String kind = args[0];
        int persons = parse(args[1], "PERSONS (second argument)", Integer::parseInt);
        long seed = parse(args[2], "SEED (third argument)", Long::parseLong);
        if (persons < 1) {
            throw new IllegalArgumentException("PERSONS (second argument) must be at least 1, got " + persons);
        }
        HeldOutTable table = switch (kind) {
            case "people" -> HeldOutPeopleGenerator.generate(persons, seed);
            case "court" -> HeldOutCourtGenerator.generate(persons, seed);
            default -> throw new IllegalArgumentException("unknown set '" + kind
                    + "' (first argument); use 'people' or 'court'");
        };
        Path file = Path.of(args[3]).toAbsolutePath();
        Path directory = file.getParent();
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no directory " + directory + " for FILE (fourth argument); create it first");
        }
        Path partial = Files.createTempFile(directory, file.getFileName().toString(), ".partial");
        try {
            Files.write(partial, table.bytes());
            Files.move(partial, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } finally {
            Files.deleteIfExists(partial);
        }
        System.err.println(table.rows().size() + " records of " + persons + " persons");
        return file;
    }

    private interface Parser<T> {
        T parse(String text);
    }

    private static <T> T parse(String text, String what, Parser<T> parser) {
        try {
            return parser.parse(text);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(what + " must be a whole number, got '" + text + "'");
        }
    }
}
