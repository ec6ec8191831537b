package org.vigil.app.web.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.filter.OncePerRequestFilter;
import org.vigil.store.users.UserAccounts;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Slows password guessing two ways: per account (after five failures the account locks for a time
 * that doubles with each further failure up to a quarter hour, kept in the store) and per client
 * address (20 failures in ten minutes and further login attempts get 429 until the window passes).
 * Neither holds back a browser that has signed in to the account before ({@link TrustedDevices}):
 * locks and throttles slow a guesser down, and that cookie keeps them from also shutting out the
 * account's owner or, behind a shared address, everyone else.
 */
@Component
public class LoginThrottle {

    private static final int MAX_FAILURES_PER_ADDRESS = 20;
    private static final Duration WINDOW = Duration.ofMinutes(10);

    /** The request attribute naming the account a trusted browser is signing in to. */
    static final String TRUSTED_ACCOUNT = LoginThrottle.class.getName() + ".trusted";

    private final UserAccounts accounts;
    private final TrustedDevices devices = new TrustedDevices();
    private final Map<String, Deque<Instant>> failuresByAddress = new ConcurrentHashMap<>();

    /** A throttle over the store's accounts. */
    public LoginThrottle(UserAccounts accounts) {
        this.accounts = accounts;
    }

    /** Counts a failed login against the account and the client address. */
    @EventListener
    public void failed(AbstractAuthenticationFailureEvent event) {
        accounts.recordFailedLogin(event.getAuthentication().getName());
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes current) {
            devices.failed(current.getRequest());
        }
        Object details = event.getAuthentication().getDetails();
        if (details instanceof WebAuthenticationDetails web) {
            Deque<Instant> times = failuresByAddress.computeIfAbsent(web.getRemoteAddress(), k -> new ArrayDeque<>());
            synchronized (times) {
                times.addLast(Instant.now());
            }
        }
    }

    /** Clears the account's failure count. */
    @EventListener
    public void succeeded(AuthenticationSuccessEvent event) {
        if (event.getAuthentication().getPrincipal() instanceof AccountDetails a) {
            accounts.recordSuccessfulLogin(a.getUsername());
        }
    }

    /** True when an address has failed too often lately to be allowed another attempt. */
    public boolean blocked(String address) {
        Deque<Instant> times = failuresByAddress.get(address);
        if (times == null) {
            return false;
        }
        synchronized (times) {
            Instant cutoff = Instant.now().minus(WINDOW);
            while (!times.isEmpty() && times.peekFirst().isBefore(cutoff)) {
                times.pollFirst();
            }
            return times.size() >= MAX_FAILURES_PER_ADDRESS;
        }
    }

    /** After a successful sign-in, remembers the browser for that account, then goes where login goes. */
    public AuthenticationSuccessHandler successHandler() {
        SavedRequestAwareAuthenticationSuccessHandler next = new SavedRequestAwareAuthenticationSuccessHandler();
        next.setDefaultTargetUrl("/");
        return (request, response, authentication) -> {
            devices.remember(authentication.getName(), request, response);
            next.onAuthenticationSuccess(request, response, authentication);
        };
    }

    /** The filter that answers 429 to blocked addresses posting to /login. */
    public OncePerRequestFilter filter() {
        return new OncePerRequestFilter() {
            @Override
            protected boolean shouldNotFilter(HttpServletRequest request) {
                return !("POST".equals(request.getMethod()) && "/login".equals(request.getServletPath()));
            }

            @Override
            protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response,
                                            FilterChain chain) throws ServletException, IOException {
                String username = String.valueOf(request.getParameter("username"));
                boolean trusted = devices.trusted(request, username);
                if (trusted) {
                    request.setAttribute(TRUSTED_ACCOUNT, username);
                }
                if (!trusted && blocked(request.getRemoteAddr())) {
                    response.setStatus(429);
                    response.setHeader("Retry-After", "600");
                    response.setContentType("text/plain;charset=UTF-8");
                    response.getWriter().write("Too many failed logins from this address; try again in ten minutes.");
                    return;
                }
                chain.doFilter(request, response);
            }
        };
    }
}
