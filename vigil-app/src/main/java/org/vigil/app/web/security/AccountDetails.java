package org.vigil.app.web.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.vigil.store.users.User;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

/** A Vigil account as Spring Security sees it. */
public record AccountDetails(User user) implements UserDetails {

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
        return user.lockedUntil().map(Instant::parse).filter(Instant.now()::isBefore).isEmpty();
    }

    @Override
    public boolean isEnabled() {
        return !user.disabled();
    }
}
