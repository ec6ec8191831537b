package org.vigil.app.web.admin;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.vigil.app.web.RecordPage;
import org.vigil.app.web.RecordTitles;
import org.vigil.app.web.records.VisibleRecords;
import org.vigil.app.web.security.AccessPages;
import org.vigil.app.web.security.Caller;
import org.vigil.store.Store;
import org.vigil.store.ledger.LedgerLog;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.util.HashMap;
import java.util.Map;

/** Administration: accounts, assignments of restricted records, the audit ledger. */
@Controller
public class AdminPages {

    private final Store store;
    private final UserAccounts accounts;
    private final PasswordEncoder encoder;
    private final Caller caller;
    private final VisibleRecords records;

    /** Pages over the store. */
    public AdminPages(Store store, UserAccounts accounts, PasswordEncoder encoder, Caller caller, VisibleRecords records) {
        this.store = store;
        this.accounts = accounts;
        this.encoder = encoder;
        this.caller = caller;
        this.records = records;
    }

    /** Accounts. */
    @GetMapping("/admin/users")
    public String users(Model model) {
        var all = accounts.all();
        model.addAttribute("users", all);
        model.addAttribute("roles", Role.values());
        Map<String, String> lockedUntil = new HashMap<>();
        all.forEach(u -> u.lockedUntil().ifPresent(t -> lockedUntil.put(u.username(),
                RecordPage.moment(t))));
        model.addAttribute("lockedUntil", lockedUntil);
        return "admin/users";
    }

    /** Creates an account. */
    @PostMapping("/admin/users")
    public String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String role,
                         @RequestParam String password, Model model) {
        try {
            AccessPages.requireStrong(password);
            accounts.create(username.strip(), displayName.strip(), Role.of(role), encoder.encode(password), caller.actor());
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return users(model);
    }

    /** Changes a role, enables or disables an account, or sets a new password. */
    @PostMapping("/admin/users/change")
    public String change(@RequestParam String username, @RequestParam(defaultValue = "") String role,
                         @RequestParam(defaultValue = "") String disabled, @RequestParam(defaultValue = "") String password,
                         Model model) {
        try {
            if (!role.isEmpty()) {
                accounts.changeRole(username, Role.of(role), caller.actor());
            }
            if (!disabled.isEmpty()) {
                accounts.setDisabled(username, Boolean.parseBoolean(disabled), caller.actor());
            }
            if (!password.isEmpty()) {
                AccessPages.requireStrong(password);
                accounts.changePassword(username, encoder.encode(password), caller.actor());
            }
        } catch (IllegalArgumentException e) {
            model.addAttribute("error", e.getMessage());
        }
        return users(model);
    }

    /** Gives or takes a user's access to a restricted record. */
    @PostMapping("/admin/assignments")
    public String assign(@RequestParam String recordId, @RequestParam String username,
                         @RequestParam(defaultValue = "assign") String action) {
        if (action.equals("unassign")) {
            accounts.unassign(recordId, username, caller.actor());
        } else {
            accounts.assign(recordId, username, caller.actor());
        }
        return "redirect:/records/" + recordId;
    }

    /** The audit ledger, newest first, with a verification on request. */
    @GetMapping("/admin/ledger")
    public String ledger(@RequestParam(defaultValue = "" + Long.MAX_VALUE) long before,
                         @RequestParam(defaultValue = "false") boolean verify, Model model) {
        var entries = new LedgerLog(store).before(before, 100);
        model.addAttribute("entries", entries);
        Map<Long, String> when = new HashMap<>();
        Map<Long, String> titles = new HashMap<>();
        var names = new RecordTitles(records.lookup(),
                store.vocabularies());
        for (var e : entries) {
            when.put(e.seq(), RecordPage.moment(e.recordedAt()));
            // A deleted record keeps its id in the ledger: there is no current title to show.
            e.recordId().flatMap(records::find)
                    .ifPresent(r -> titles.put(e.seq(), names.of(r)));
        }
        model.addAttribute("when", when);
        model.addAttribute("titles", titles);
        model.addAttribute("next", entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq());
        if (verify) {
            model.addAttribute("report", store.verifier().verify());
        }
        return "admin/ledger";
    }
}
