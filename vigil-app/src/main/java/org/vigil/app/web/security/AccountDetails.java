package org.vigil.app.web.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.vigil.store.users.User;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/**
 * A Vigil account as Spring Security sees it.
 *
 * @param lockApplies false when a browser trusted for this account signs in, which its lock does not stop
 */
public record AccountDetails(User user, boolean lockApplies) implements UserDetails {

    /** An account whose lock applies. */
    public AccountDetails(User user) {
        this(user, true);
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return List.of(new SimpleGrantedAuthority("ROLE_" + user.role().name()));
    }

    @Override
    public String getPassword() {
        return user.passwordHash();
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !lockApplies || user.lockedUntil().map(Instant::parse).filter(Instant.now()::isBefore).isEmpty();
    }

    @Override
    public boolean isEnabled() {
        return !user.disabled();
    }
}
