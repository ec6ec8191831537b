package org.vigil.app.web.security;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What a new password must be: long (12 characters or more), not blank, not the account's own name, and
 * not one of the passwords guessers try first. Length is what makes a password strong; the other rules
 * turn away the long passwords that are still guessed at once. Each refusal names the rule it broke.
 */
public final class PasswordPolicy {

    /** The fewest characters a password may have. */
    public static final int MIN_LENGTH = 12;

    // The words at the top of breached-password lists (the UK National Cyber Security Centre's 2019
    // analysis of the Have I Been Pwned corpus put 123456, 123456789, qwerty, password and 1111111 first,
    // with iloveyou, monkey, dragon, football and sunshine among the most used words). Padded with digits
    // or symbols to reach 12 characters they are still among the first guesses.
    private static final Set<String> COMMON_WORDS = Set.of("password", "passw0rd", "qwerty", "iloveyou", "admin",
            "administrator", "welcome", "letmein", "monkey", "dragon", "football", "baseball", "sunshine",
            "princess", "shadow", "master", "superman", "trustno1", "changeme", "abc", "qwertyuiop", "login",
            "secret", "vigil");
    // Keyboard runs and counting, forwards and backwards: any stretch of these is a first guess too.
    private static final String[] RUNS = {"12345678901234567890", "09876543210987654321",
            "qwertyuiopasdfghjklzxcvbnm", "1q2w3e4r5t6y7u8i9o0p", "1qaz2wsx3edc4rfv5tgb6yhn7ujm8ik9ol0p",
            "qazwsxedcrfvtgbyhnujmikolp", "abcdefghijklmnopqrstuvwxyz", "zyxwvutsrqponmlkjihgfedcba"};
    private static final Pattern PADDING = Pattern.compile("[0-9\\p{Punct}\\s]*");
    private static final Pattern REPEATED = Pattern.compile("(.{1,4})\\1+");

    private PasswordPolicy() {
    }

    /** Refuses a password that breaks a rule, naming the rule; {@code username} is the account's name. */
    public static void require(String password, String username) {
        if (password.isBlank()) {
            throw new IllegalArgumentException("the password is only spaces: use a few unrelated words");
        }
        if (password.codePointCount(0, password.length()) < MIN_LENGTH) {
            throw new IllegalArgumentException("the password is too short: use at least " + MIN_LENGTH
                    + " characters (a few unrelated words work well)");
        }
        String plain = password.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
        String name = username.strip().toLowerCase(Locale.ROOT);
        // Names of one or two letters occur in too many good passwords to refuse every one that holds them.
        if (name.length() >= 3 ? plain.contains(name) : plain.equals(name)) {
            throw new IllegalArgumentException("the password contains the account name '" + username.strip()
                    + "': choose words that have nothing to do with the account");
        }
        if (common(plain)) {
            throw new IllegalArgumentException("the password is one of the most common passwords (a common word, "
                    + "a keyboard run or a repeated pattern): choose a few unrelated words");
        }
    }

    private static boolean common(String plain) {
        if (REPEATED.matcher(plain).matches()) {
            return true;
        }
        for (String run : RUNS) {
            if (run.contains(plain)) {
                return true;
            }
        }
        for (String word : COMMON_WORDS) {
            int at = plain.indexOf(word);
            if (at >= 0 && PADDING.matcher(plain.substring(0, at) + plain.substring(at + word.length())).matches()) {
                return true;
            }
        }
        return false;
    }
}
