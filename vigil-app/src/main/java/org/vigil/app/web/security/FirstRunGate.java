package org.vigil.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigil.store.Store;
import org.vigil.store.users.UserAccounts;

import java.io.IOException;

/**
 * Until the first administrator exists, every page leads to the setup page; afterwards the setup
 * page does not exist. A passphrase-protected data set leads to the unlock page until it is unlocked.
 */
public class FirstRunGate extends OncePerRequestFilter {

    private final Store store;
    private final UserAccounts accounts;
    private volatile boolean setUp;

    /** A gate over the store. */
    public FirstRunGate(Store store, UserAccounts accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String path = request.getServletPath();
        boolean asset = path.startsWith("/vigil.css") || path.startsWith("/webjars/") || path.startsWith("/js/");
        if (!asset) {
            if (!setUp && accounts.none()) {
                if (!path.equals("/setup")) {
                    response.sendRedirect("/setup");
                    return;
                }
            } else {
                setUp = true;
                if (path.equals("/setup")) {
                    response.sendError(404);
                    return;
                }
                boolean signingInOrOut = path.equals("/login") || path.equals("/logout") || path.equals("/error");
                if (store.locked() && !signingInOrOut && !path.equals("/unlock") && !path.startsWith("/api/")) {
                    response.sendRedirect("/unlock");
                    return;
                }
            }
        }
        chain.doFilter(request, response);
    }
}
