package org.vigil.app.web.security;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.store.Store;
import org.vigil.store.StoreException;
import org.vigil.store.crypto.CryptoException;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

/** Login, first-run setup, unlocking a passphrase-protected data set, and the user's own API tokens. */
@Controller
public class AccessPages {

    private final Store store;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Caller caller;

    /** Pages over the store's accounts. */
    public AccessPages(Store store, UserAccounts accounts, PasswordEncoder encoder, Caller caller) {
        this.store = store;
        this.accounts = accounts;
        this.encoder = encoder;
        this.caller = caller;
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
            requireStrong(password);
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

    /** Unlocks the data set's keys with the passphrase. */
    @PostMapping("/unlock")
    public String unlocked(@RequestParam String passphrase, Model model) {
        try {
            store.unlock(passphrase.toCharArray());
            return "redirect:/";
        } catch (CryptoException | StoreException e) {
            model.addAttribute("error", e.getMessage());
            return "unlock";
        }
    }

    /** The signed-in user's account and API tokens. */
    @GetMapping("/account")
    public String account(Model model) {
        model.addAttribute("user", caller.require());
        return "account";
    }

    /** Creates an API token and shows it once. */
    @PostMapping("/account/tokens")
    public String token(@RequestParam(defaultValue = "script") String label, Model model) {
        String token = accounts.createToken(caller.require().username(), label.strip(), caller.actor());
        model.addAttribute("user", caller.require());
        model.addAttribute("token", token);
        return "account";
    }

    /** A password policy that favours length: at least 12 characters. */
    public static void requireStrong(String password) {
        if (password.length() < 12) {
            throw new IllegalArgumentException("the password is too short: use at least 12 characters "
                    + "(a few unrelated words work well)");
        }
    }
}
