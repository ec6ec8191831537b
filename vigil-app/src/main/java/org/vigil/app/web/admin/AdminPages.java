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
import org.vigil.app.web.security.PasswordPolicy;
import org.vigil.app.web.security.Caller;
import org.vigil.store.Store;
import org.vigil.store.ledger.LedgerEntry;
import org.vigil.store.ledger.LedgerLog;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
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
    public AdminPages(Store store, UserAccounts accounts, PasswordEncoder encoder, Caller caller,
                      VisibleRecords records) {
        this.store = store;
        this.accounts = accounts;
        this.encoder = encoder;
        this.caller = caller;
        this.records = records;
    }

    /**
     * One ledger entry as the ledger page shows it.
     *
     * @param when     the time in words
     * @param recordId the record whose history the entry links to, or "" for none (attachments link nowhere)
     * @param record   the record's title and version, or "" for none
     */
    public record LedgerRow(LedgerEntry entry, String when, String recordId, String record) {
    }

    /** Accounts. */
    @GetMapping("/admin/users")
    public String users(Model model) {
        var all = accounts.all();
        model.addAttribute("users", all);
        model.addAttribute("roles", Role.values());
        Map<String, String> states = new HashMap<>();
        all.forEach(u -> states.put(u.username(), u.disabled() ? "disabled"
                : u.lockedUntil().map(t -> "locked until " + RecordPage.moment(t)).orElse("active")));
        model.addAttribute("states", states);
        return "admin/users";
    }

    /** Creates an account. */
    @PostMapping("/admin/users")
    public String create(@RequestParam String username, @RequestParam String displayName, @RequestParam String role,
                         @RequestParam String password, Model model) {
        try {
            PasswordPolicy.require(password, username);
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
                PasswordPolicy.require(password, username);
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
        var names = new RecordTitles(records.lookup(), store.vocabularies());
        List<LedgerRow> rows = new ArrayList<>();
        for (var e : entries) {
            String recordId = e.action().equals("attach") ? "" : e.recordId().orElse("");
            // A deleted record keeps its id in the ledger: there is no current title to show.
            String title = e.recordId().flatMap(records::find).map(names::of).orElse(recordId);
            rows.add(new LedgerRow(e, RecordPage.moment(e.recordedAt()), recordId,
                    recordId.isEmpty() ? "" : title + " v" + e.version()));
        }
        model.addAttribute("rows", rows);
        model.addAttribute("next", entries.isEmpty() ? 0 : entries.get(entries.size() - 1).seq());
        if (verify) {
            model.addAttribute("report", store.verifier().verify());
        }
        return "admin/ledger";
    }
}
