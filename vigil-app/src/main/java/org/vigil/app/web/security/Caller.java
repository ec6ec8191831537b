package org.vigil.app.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.vigil.core.model.Record;
import org.vigil.core.model.SensitiveFields;
import org.vigil.store.Store;
import org.vigil.store.users.Access;
import org.vigil.store.users.Role;
import org.vigil.store.users.User;
import org.vigil.store.users.UserAccounts;

import java.util.Optional;

/**
 * The user behind the current request, read fresh from the store (so a changed role or assignment
 * applies at once), and the one place that decides what that user may see.
 */
@Component
public class Caller {

    private final UserAccounts accounts;

    /** The callers of the store's application. */
    public Caller(Store store) {
        this.accounts = new UserAccounts(store);
    }

    /** The signed-in user, if any. */
    public Optional<User> user() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountDetails details)) {
            return Optional.empty();
        }
        return accounts.find(details.getUsername()).filter(u -> !u.disabled());
    }

    /** The signed-in user; callers behind the security filters always have one. */
    public User require() {
        return user().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /** What the caller may see. */
    public Access access() {
        return user().map(accounts::access).orElse(new Access(java.util.Set.of(), java.util.Set.of()));
    }

    /** The record as this caller may see it: absent when not visible, sensitive values removed unless allowed. */
    public Optional<Record> view(Record r) {
        Optional<User> u = user();
        if (u.isEmpty()) {
            return Optional.empty();
        }
        Access access = accounts.access(u.get());
        if (!access.canSee(r)) {
            return Optional.empty();
        }
        return Optional.of(mayReadSensitive(u.get(), access, r) ? r : SensitiveFields.redact(r));
    }

    /** The name recorded in the ledger for this caller's changes. */
    public String actor() {
        return user().map(User::username).orElse("anonymous");
    }

    /**
     * Sensitive values (contacts, real identities, testimony) are shown to those who document — admins
     * and researchers — and, for restricted records, only when assigned; never to reviewers or viewers.
     */
    private static boolean mayReadSensitive(User u, Access access, Record r) {
        boolean documents = u.role() == Role.ADMIN || u.role() == Role.RESEARCHER;
        return documents && (access.levels().contains(r.confidentiality()) || access.assigned().contains(r.id()));
    }
}
