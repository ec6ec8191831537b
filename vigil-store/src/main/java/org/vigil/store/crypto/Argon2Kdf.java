package org.vigil.store.crypto;

import org.bouncycastle.crypto.generators.Argon2BytesGenerator;
import org.bouncycastle.crypto.params.Argon2Parameters;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Argon2id key derivation from a passphrase. Parameters are stored with the wrapped keys so they can be
 * raised later without breaking old data sets.
 *
 * @param memoryKiB   memory cost
 * @param iterations  time cost
 * @param parallelism lanes
 */
record Argon2Kdf(int memoryKiB, int iterations, int parallelism) {

    /** 64 MiB, 3 passes, 1 lane: costly to guess at scale, about a second on a laptop. */
    public static final Argon2Kdf DEFAULT = new Argon2Kdf(65_536, 3, 1);

    /** Reads the stored form {@code m=65536,t=3,p=1}. */
    public static Argon2Kdf parse(String text) {
        int m = 0;
        int t = 0;
        int p = 0;
        for (String part : text.split(",")) {
            String[] kv = part.split("=");
            switch (kv[0]) {
                case "m" -> m = Integer.parseInt(kv[1]);
                case "t" -> t = Integer.parseInt(kv[1]);
                case "p" -> p = Integer.parseInt(kv[1]);
                default -> throw new CryptoException("unknown Argon2 parameter '" + kv[0] + "' in '" + text + "'");
            }
        }
        return new Argon2Kdf(m, t, p);
    }

    /** The stored form. */
    @Override
    public String toString() {
        return "m=" + memoryKiB + ",t=" + iterations + ",p=" + parallelism;
    }

    /** Derives a 32-byte key. */
    public byte[] derive(char[] passphrase, byte[] salt) {
        Argon2Parameters params = new Argon2Parameters.Builder(Argon2Parameters.ARGON2_id)
                .withVersion(Argon2Parameters.ARGON2_VERSION_13)
                .withMemoryAsKB(memoryKiB).withIterations(iterations).withParallelism(parallelism)
                .withSalt(salt).build();
        Argon2BytesGenerator generator = new Argon2BytesGenerator();
        generator.init(params);
        byte[] out = new byte[32];
        byte[] secret = new String(passphrase).getBytes(StandardCharsets.UTF_8);
        try {
            generator.generateBytes(secret, out);
            return out;
        } finally {
            Arrays.fill(secret, (byte) 0);
        }
    }
}
