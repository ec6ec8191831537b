package org.vigil.app.web.security;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.HttpStatusEntryPoint;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;
import org.vigil.store.Store;
import org.vigil.store.users.UserAccounts;

/**
 * Two filter chains: the REST API (bearer tokens, stateless, 401/403 as JSON-friendly statuses) and
 * the pages (form login, sessions, CSRF tokens). Both send strict headers: a content security policy
 * that allows no inline script, no framing, no MIME sniffing, same-origin referrers.
 */
@Configuration
@EnableWebSecurity
public class SecurityConfig {

    static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
            + "object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    /** Argon2id password hashes. */
    @Bean
    public PasswordEncoder passwordEncoder() {
        return Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8();
    }

    /** The REST API: bearer tokens only; no sessions, so no CSRF exposure. */
    @Bean
    @Order(1)
    public SecurityFilterChain api(HttpSecurity http, UserAccounts accounts) throws Exception {
        http.securityMatcher("/api/**")
                .authorizeHttpRequests(a -> a
                        .requestMatchers(HttpMethod.GET, "/api/v1/openapi.json").permitAll()
                        .requestMatchers(HttpMethod.GET, "/api/**").authenticated()
                        .anyRequest().hasAnyRole("ADMIN", "RESEARCHER"))
                .csrf(c -> c.disable())
                .sessionManagement(s -> s.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .addFilterBefore(new TokenAuthenticationFilter(accounts),
                        UsernamePasswordAuthenticationFilter.class)
                .exceptionHandling(e -> e.authenticationEntryPoint(new HttpStatusEntryPoint(HttpStatus.UNAUTHORIZED)))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }

    /** The pages: form login with CSRF protection and role rules. */
    @Bean
    @Order(2)
    public SecurityFilterChain pages(HttpSecurity http, Store store, UserAccounts accounts, Caller caller,
                                     LoginThrottle throttle) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/vigil.css", "/review.css", "/forms.css", "/charts.css", "/js/**", "/webjars/**",
                                "/login", "/setup", "/error").permitAll()
                        .requestMatchers("/admin/**").hasRole("ADMIN")
                        .requestMatchers("/review/extract/**", "/review/extract").hasAnyRole("ADMIN", "RESEARCHER")
                        .requestMatchers(HttpMethod.GET, "/**").authenticated()
                        .requestMatchers("/unlock", "/logout", "/account/**").authenticated()
                        // Any signed-in reader may ask for a report; the page decides which version they may have.
                        .requestMatchers(HttpMethod.POST, "/report").authenticated()
                        .requestMatchers("/review/**").hasAnyRole("ADMIN", "RESEARCHER", "REVIEWER")
                        .anyRequest().hasAnyRole("ADMIN", "RESEARCHER"))
                .formLogin(f -> f.loginPage("/login").successHandler(throttle.successHandler()).failureUrl("/login?error"))
                .logout(l -> l.logoutUrl("/logout").logoutSuccessUrl("/login?logout"))
                .addFilterBefore(throttle.filter(), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new FirstRunGate(store, accounts), UsernamePasswordAuthenticationFilter.class)
                .addFilterBefore(new CurrentAccountCheck(caller), AuthorizationFilter.class)
                .sessionManagement(s -> s.sessionFixation(f -> f.changeSessionId()))
                .headers(h -> h.contentSecurityPolicy(c -> c.policyDirectives(CSP))
                        .frameOptions(f -> f.deny())
                        .referrerPolicy(r -> r.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN)));
        return http.build();
    }
}
