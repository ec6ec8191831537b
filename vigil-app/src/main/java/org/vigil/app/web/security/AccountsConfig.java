package org.vigil.app.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.vigil.store.Store;
import org.vigil.store.users.UserAccounts;

/** The store's accounts, made once for the whole web application and injected wherever they are needed. */
@Configuration
public class AccountsConfig {

    /** Accounts, assignments and tokens of the application's store. */
    @Bean
    public UserAccounts userAccounts(Store store) {
        return new UserAccounts(store);
    }
}
