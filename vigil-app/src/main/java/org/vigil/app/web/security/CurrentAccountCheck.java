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

import java.io.IOException;

/**
 * Ends a page session at once when its account has been disabled, removed, given another role or a new
 * password since it signed in (a changed password ends the sessions an intruder may hold). The session holds the role of the moment of sign-in, and the URL rules read it: without this
 * check a demoted administrator keeps administering until the session times out.
 */
final class CurrentAccountCheck extends OncePerRequestFilter {

    private final Caller caller;

    CurrentAccountCheck(Caller caller) {
        this.caller = caller;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth != null && auth.getPrincipal() instanceof AccountDetails signedIn && !stillAsSignedIn(signedIn.user())) {
            SecurityContextHolder.clearContext();
            caller.refresh();
            HttpSession session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
        }
        chain.doFilter(request, response);
    }

    // Through the caller's once-per-request look-up (absent for a disabled or removed account), which the
    // pages then reuse instead of reading the account again.
    private boolean stillAsSignedIn(User then) {
        return caller.user().filter(now -> now.username().equals(then.username()) && now.role() == then.role()
                && now.passwordHash().equals(then.passwordHash()))
                .isPresent();
    }
}
