package org.vigil.app.web.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.app.web.RecordPage;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import org.vigil.store.crypto.CryptoException;
import org.vigil.store.users.Role;
import org.vigil.store.users.User;
import org.vigil.store.users.UserAccounts;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/** Login, first-run setup, unlocking a passphrase-protected data set, and the user's own password and API tokens. */
@Controller
public class AccessPages {

    private final Store store;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Caller caller;
    private final TokenLifetimes tokenLifetimes;
    private final UnlockThrottle unlockThrottle;
    private final SecurityContextRepository sessions = new HttpSessionSecurityContextRepository();

    /** Pages over the store's accounts. */
    public AccessPages(Store store, UserAccounts accounts, PasswordEncoder encoder, Caller caller,
                       TokenLifetimes tokenLifetimes, UnlockThrottle unlockThrottle) {
        this.store = store;
        this.accounts = accounts;
        this.encoder = encoder;
        this.caller = caller;
        this.tokenLifetimes = tokenLifetimes;
        this.unlockThrottle = unlockThrottle;
    }

    /** One of the user's tokens as the account page lists it, times in words. */
    public record TokenRow(String id, String label, String created, String lastUsed, String expires) {
    }

    /** The login form. */
    @GetMapping("/login")
    public String login() {
        return "login";
    }

    /** The first-run form: the first administrator, and optionally a passphrase for the keys. */
    @GetMapping("/setup")
    public String setup() {
        return "setup";
    }

    /** Creates the first administrator (only while there is none: the gate removes this page afterwards). */
    @PostMapping("/setup")
    public String setUp(@RequestParam String username, @RequestParam String displayName, @RequestParam String password,
                        @RequestParam(defaultValue = "") String passphrase, Model model) {
        if (!accounts.none()) {
            return "redirect:/login";
        }
        try {
            PasswordPolicy.require(password, username);
            accounts.create(username.strip(), displayName.strip(), Role.ADMIN, encoder.encode(password), "setup");
            if (!passphrase.isEmpty()) {
                store.protectWithPassphrase(passphrase.toCharArray());
            }
        } catch (IllegalArgumentException | CryptoException | StoreException e) {
            model.addAttribute("error", e.getMessage());
            model.addAttribute("username", username);
            model.addAttribute("displayName", displayName);
            return "setup";
        }
        return "redirect:/login?created";
    }

    /** The unlock form. */
    @GetMapping("/unlock")
    public String unlock() {
        return "unlock";
    }

    /** Unlocks the data set's keys with the passphrase, within the throttle; every attempt is ledgered. */
    @PostMapping("/unlock")
    public String unlocked(@RequestParam String passphrase, HttpServletResponse response, Model model) {
        Optional<Duration> wait = unlockThrottle.wait(Instant.now());
        if (wait.isPresent()) {
            long seconds = Math.max(1, (wait.get().toMillis() + 999) / 1000);
            response.setStatus(429);
            response.setHeader("Retry-After", Long.toString(seconds));
            model.addAttribute("error", "too many wrong passphrases: try again in " + seconds
                    + (seconds == 1 ? " second" : " seconds") + " (the wait doubles with each wrong one)");
            return "unlock";
        }
        try {
            store.unlock(passphrase.toCharArray());
            unlockThrottle.succeeded();
            accounts.recordUnlockAttempt(caller.actor(), true, 0);
            return "redirect:/";
        } catch (CryptoException | StoreException e) {
            int failures = unlockThrottle.failed(Instant.now());
            accounts.recordUnlockAttempt(caller.actor(), false, failures);
            model.addAttribute("error", e.getMessage());
            return "unlock";
        }
    }

    /** The signed-in user's account and API tokens. */
    @GetMapping("/account")
    public String account(Model model) {
        return accountPage(model);
    }

    /** Creates an API token and shows it once; it expires after the days asked for, within the maximum. */
    @PostMapping("/account/tokens")
    public String token(@RequestParam(defaultValue = "script") String label, @RequestParam(defaultValue = "") String days,
                        Model model) {
        int lifetime;
        try {
            lifetime = days.isBlank() ? tokenLifetimes.defaultDays() : tokenLifetimes.days(days);
        } catch (IllegalArgumentException e) {
            model.addAttribute("tokenError", e.getMessage());
            return accountPage(model);
        }
        String token = accounts.createToken(caller.require().username(), label.strip(), Duration.ofDays(lifetime),
                caller.actor());
        model.addAttribute("token", token);
        return accountPage(model);
    }

    /** Revokes one of the signed-in user's tokens: requests carrying it are refused from now on. */
    @PostMapping("/account/tokens/revoke")
    public String revoke(@RequestParam String id, Model model) {
        try {
            accounts.revokeToken(caller.require().username(), id, caller.actor());
            model.addAttribute("tokenNotice", "Token " + id + " is revoked.");
        } catch (IllegalArgumentException e) {
            model.addAttribute("tokenError", e.getMessage());
        }
        return accountPage(model);
    }

    /**
     * Changes the signed-in user's password, given the current one. Every other session of the account ends
     * (the session check compares the password hash); this one continues under the new password.
     */
    @PostMapping("/account/password")
    public String password(@RequestParam String current, @RequestParam String password, HttpServletRequest request,
                           HttpServletResponse response, Model model) {
        User user = caller.require();
        if (!encoder.matches(current, user.passwordHash())) {
            model.addAttribute("passwordError", "the current password is not right: nothing was changed");
            return accountPage(model);
        }
        try {
            PasswordPolicy.require(password, user.username());
        } catch (IllegalArgumentException e) {
            model.addAttribute("passwordError", e.getMessage());
            return accountPage(model);
        }
        accounts.changePassword(user.username(), encoder.encode(password), caller.actor());
        caller.refresh();
        User changed = caller.require();
        var context = SecurityContextHolder.createEmptyContext();
        AccountDetails details = new AccountDetails(changed);
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(details, null, details.getAuthorities()));
        SecurityContextHolder.setContext(context);
        request.changeSessionId();
        sessions.saveContext(context, request, response);
        model.addAttribute("passwordNotice", "Your password is changed. Any other session of your account has ended.");
        return accountPage(model);
    }

    private String accountPage(Model model) {
        User user = caller.require();
        model.addAttribute("user", user);
        model.addAttribute("tokens", accounts.tokens(user.username()).stream().map(t -> new TokenRow(t.id(), t.label(),
                RecordPage.moment(t.createdAt()), t.lastUsedAt().map(RecordPage::moment).orElse("never"),
                RecordPage.moment(t.expiresAt()))).toList());
        model.addAttribute("defaultDays", tokenLifetimes.defaultDays());
        model.addAttribute("maxDays", tokenLifetimes.maxDays());
        return "account";
    }
}
