package org.vigil.app.web.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;
import org.vigil.core.model.Record;
import org.vigil.core.model.SensitiveFields;
import org.vigil.store.users.Access;
import org.vigil.store.users.Role;
import org.vigil.store.users.User;
import org.vigil.store.users.UserAccounts;

import java.util.Optional;
import java.util.Set;

/**
 * The user behind the current request, read fresh from the store (so a changed role or assignment
 * applies at once), and the one place that decides what that user may see.
 */
@Component
public class Caller {

    private final UserAccounts accounts;

    /** The callers of the store's application. */
    public Caller(UserAccounts accounts) {
        this.accounts = accounts;
    }

    private static final String CACHE = Caller.class.getName() + ".identity";

    /** The user and what they may see, looked up once per request. */
    private record Identity(Optional<User> user, Access access) {
    }

    @SuppressWarnings("unchecked")
    private Identity identity() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            Object cached = request.getAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
            if (cached instanceof Identity identity) {
                return identity;
            }
        }
        Identity identity = lookUp();
        if (request != null) {
            request.setAttribute(CACHE, identity, RequestAttributes.SCOPE_REQUEST);
        }
        return identity;
    }

    private Identity lookUp() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !(auth.getPrincipal() instanceof AccountDetails details)) {
            return new Identity(Optional.empty(), new Access(Set.of(), Set.of()));
        }
        Optional<User> user = accounts.find(details.getUsername()).filter(u -> !u.disabled());
        return new Identity(user, user.map(accounts::access).orElse(new Access(Set.of(), Set.of())));
    }

    /** Forgets this request's looked-up access (after an assignment changed it). */
    public void refresh() {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.removeAttribute(CACHE, RequestAttributes.SCOPE_REQUEST);
        }
    }

    /** The signed-in user, if any. */
    public Optional<User> user() {
        return identity().user();
    }

    /** The signed-in user; callers behind the security filters always have one. */
    public User require() {
        return user().orElseThrow(() -> new IllegalStateException("no signed-in user"));
    }

    /** What the caller may see. */
    public Access access() {
        return identity().access();
    }

    /** The record as this caller may see it: absent when not visible, sensitive values removed unless allowed. */
    public Optional<Record> view(Record r) {
        Optional<User> u = user();
        if (u.isEmpty()) {
            return Optional.empty();
        }
        Access access = access();
        if (!access.canSee(r)) {
            return Optional.empty();
        }
        return Optional.of(mayReadSensitive(u.get(), access, r) ? r : SensitiveFields.redact(r));
    }

    /**
     * True when this caller may read the sensitive values of a record they can see: contacts, real identities,
     * testimony text and a source's attached files.
     */
    public boolean mayReadSensitive(Record r) {
        Optional<User> u = user();
        Access access = access();
        return u.isPresent() && access.canSee(r) && mayReadSensitive(u.get(), access, r);
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
