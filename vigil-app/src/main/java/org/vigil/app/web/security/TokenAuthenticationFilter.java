package org.vigil.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigil.store.users.UserAccounts;

import java.io.IOException;

/** Authenticates REST API calls by {@code Authorization: Bearer <token>}. */
public class TokenAuthenticationFilter extends OncePerRequestFilter {

    private final UserAccounts accounts;

    /** A filter over the store's tokens. */
    public TokenAuthenticationFilter(UserAccounts accounts) {
        this.accounts = accounts;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        String header = request.getHeader("Authorization");
        if (header != null && header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            accounts.authenticateToken(header.substring(7).strip()).map(AccountDetails::new).ifPresent(details ->
                    SecurityContextHolder.getContext().setAuthentication(
                            UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities())));
        }
        chain.doFilter(request, response);
    }
}
