package org.vigil.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigil.store.users.User;
import org.vigil.store.users.UserAccounts;

import java.io.IOException;

/**
 * Ends a page session at once when its account has been disabled, removed or given another role since it
 * signed in. The session holds the role of the moment of sign-in, and the URL rules read it: without this
 * check a demoted administrator keeps administering until the session times out.
 */
final class CurrentAccountCheck extends OncePerRequestFilter {

    private final UserAccounts accounts;

    CurrentAccountCheck(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountDetails signedIn && !stillAsSignedIn(signedIn.user())) {
            SecurityContextHolder.clearContext();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    private boolean stillAsSignedIn(User then) {
        return accounts.find(then.username()).filter(now -> !now.disabled() && now.role() == then.role()).isPresent();
    }
}
