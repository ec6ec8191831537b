package org.vigil.app.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.vigil.store.users.UserAccounts;

/** Loads accounts from the store for form login. */
@Service
public class AccountDetailsService implements UserDetailsService {

    private final UserAccounts accounts;

    /** Accounts of the application's store. */
    public AccountDetailsService(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    public UserDetails loadUserByUsername(String username) {
        // A browser that signed in to this account before is not held back by its lock (LoginThrottle).
        boolean trusted = RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current
                && username.equals(current.getRequest().getAttribute(LoginThrottle.TRUSTED_ACCOUNT));
        return accounts.find(username).map(u -> new AccountDetails(u, !trusted))
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
