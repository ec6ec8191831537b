package org.vigil.app.web.security;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
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
        return accounts.find(username).map(AccountDetails::new)
                .orElseThrow(() -> new UsernameNotFoundException("no such user"));
    }
}
