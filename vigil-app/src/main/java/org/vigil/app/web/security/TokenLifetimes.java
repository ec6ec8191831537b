package org.vigil.app.web.security;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.vigil.store.users.UserAccounts;

/**
 * How long new API tokens live: a default, and a maximum no one may exceed. Set with the properties
 * {@code vigil.tokens.default-days} and {@code vigil.tokens.max-days} (for example the environment
 * variables {@code VIGIL_TOKENS_DEFAULTDAYS} and {@code VIGIL_TOKENS_MAXDAYS}).
 */
@Component
public class TokenLifetimes {

    private final int defaultDays;
    private final int maxDays;

    /** Lifetimes from configuration: by default 90 days ({@link UserAccounts#DEFAULT_TOKEN_LIFETIME}), at most 365. */
    public TokenLifetimes(@Value("${vigil.tokens.default-days:0}") int defaultDays,
                          @Value("${vigil.tokens.max-days:365}") int maxDays) {
        int fallback = (int) UserAccounts.DEFAULT_TOKEN_LIFETIME.toDays();
        this.maxDays = maxDays;
        this.defaultDays = Math.min(defaultDays > 0 ? defaultDays : fallback, maxDays);
        if (maxDays < 1) {
            throw new IllegalArgumentException("vigil.tokens.max-days is " + maxDays + ": set it to 1 or more");
        }
    }

    /** The lifetime of a token whose maker does not choose one. */
    public int defaultDays() {
        return defaultDays;
    }

    /** The longest lifetime allowed. */
    public int maxDays() {
        return maxDays;
    }

    /** A lifetime typed into the form, checked against the limits. */
    public int days(String typed) {
        int days;
        try {
            days = Integer.parseInt(typed.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + typed + "' is not a number of days: write a whole number from 1 to "
                    + maxDays);
        }
        if (days < 1 || days > maxDays) {
            throw new IllegalArgumentException("a token may live 1 to " + maxDays + " days, not " + days);
        }
        return days;
    }
}
