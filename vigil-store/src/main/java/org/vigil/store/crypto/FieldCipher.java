package org.vigil.store.crypto;

import org.vigil.core.model.Record;
import org.vigil.core.model.SensitiveFields;

import javax.crypto.SecretKey;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;

/**
 * Encrypts sensitive field values and attachments with the data set's data keys (AES-256-GCM). A value
 * is stored as {@code enc:v1:<key id>:<base64 nonce+ciphertext>}, bound to its record id and field path,
 * so it cannot be moved to another record or field unnoticed.
 */
public final class FieldCipher {

    private static final String PREFIX = "enc:v1:";

    private final Map<String, SecretKey> keys;
    private final String activeKeyId;

    FieldCipher(Map<String, SecretKey> keys, String activeKeyId) {
        this.keys = Map.copyOf(keys);
        this.activeKeyId = activeKeyId;
    }

    /** True when a stored value is encrypted. */
    public static boolean isEncrypted(String value) {
        return value.startsWith(PREFIX);
    }

    /** Encrypts a field value of a record. */
    public String encrypt(String recordId, String path, String plaintext) {
        byte[] sealed = Aead.seal(keys.get(activeKeyId), plaintext.getBytes(StandardCharsets.UTF_8),
                aad(recordId, path));
        return PREFIX + activeKeyId + ":" + Base64.getEncoder().encodeToString(sealed);
    }

    /** Decrypts a field value (an unencrypted value is returned as it is). */
    public String decrypt(String recordId, String path, String stored) {
        if (!isEncrypted(stored)) {
            return stored;
        }
        String rest = stored.substring(PREFIX.length());
        int colon = rest.indexOf(':');
        String keyId = rest.substring(0, colon);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new CryptoException("field " + path + " of record '" + recordId + "' was encrypted with data key "
                    + keyId + ", which this data set does not hold");
        }
        byte[] plain = Aead.open(key, Base64.getDecoder().decode(rest.substring(colon + 1)), aad(recordId, path));
        return new String(plain, StandardCharsets.UTF_8);
    }

    /** The record with its sensitive values encrypted. */
    public Record encrypt(Record r) {
        return SensitiveFields.rewrite(r, (id, path, v) -> Optional.of(isEncrypted(v) ? v : encrypt(id, path, v)));
    }

    /** The record with its sensitive values decrypted. */
    public Record decrypt(Record r) {
        return SensitiveFields.rewrite(r, (id, path, v) -> Optional.of(decrypt(id, path, v)));
    }

    /** Encrypts an attachment's bytes under the active key; the result starts with the key id. */
    public byte[] encryptBytes(String context, byte[] plaintext) {
        byte[] id = (activeKeyId + ":").getBytes(StandardCharsets.US_ASCII);
        byte[] sealed = Aead.seal(keys.get(activeKeyId), plaintext, context);
        byte[] out = new byte[id.length + sealed.length];
        System.arraycopy(id, 0, out, 0, id.length);
        System.arraycopy(sealed, 0, out, id.length, sealed.length);
        return out;
    }

    /** Decrypts bytes written by {@link #encryptBytes}. */
    public byte[] decryptBytes(String context, byte[] stored) {
        int colon = 0;
        while (colon < stored.length && stored[colon] != ':') {
            colon++;
        }
        String keyId = new String(stored, 0, colon, StandardCharsets.US_ASCII);
        SecretKey key = keys.get(keyId);
        if (key == null) {
            throw new CryptoException("attachment " + context + " was encrypted with data key " + keyId
                    + ", which this data set does not hold");
        }
        byte[] sealed = new byte[stored.length - colon - 1];
        System.arraycopy(stored, colon + 1, sealed, 0, sealed.length);
        return Aead.open(key, sealed, context);
    }

    Map<String, SecretKey> keys() {
        return keys;
    }

    /** The id of the key new values are encrypted with. */
    public String activeKeyId() {
        return activeKeyId;
    }

    private static String aad(String recordId, String path) {
        return "vigil-field:" + recordId + ":" + path;
    }
}
