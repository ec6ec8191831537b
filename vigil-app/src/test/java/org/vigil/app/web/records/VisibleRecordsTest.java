package org.vigil.app.web.records;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.server.ResponseStatusException;
import org.vigil.app.demo.DemoData;
import org.vigil.app.web.security.AccountDetails;
import org.vigil.app.web.security.Caller;
import org.vigil.core.json.VigilJson;
import org.vigil.core.model.Act;
import org.vigil.core.model.Record;
import org.vigil.core.model.RecordType;
import org.vigil.store.Store;
import org.vigil.store.db.StoreLocation;
import org.vigil.store.users.Role;
import org.vigil.store.users.UserAccounts;
import tools.jackson.databind.node.ObjectNode;

import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Records reach pages only as the signed-in caller may see them: alone, with their neighbours, and once saved. */
class VisibleRecordsTest {

    private static final String EVENT = "evt-kozlov-case";

    @TempDir
    static Path dir;
    private static Store store;
    private static UserAccounts accounts;
    private static VisibleRecords records;
    private static Act open;

    @BeforeAll
    static void start() {
        store = Store.open(StoreLocation.embedded(dir.resolve("data"), dir.resolve("keys")));
        DemoData.loadInto(store);
        accounts = new UserAccounts(store);
        for (String name : List.of("viewer", "researcher", "author")) {
            accounts.create(name, name, name.equals("viewer") ? Role.VIEWER : Role.RESEARCHER, "x", "test");
        }
        open = store.records().list(RecordType.ACT).stream().map(Act.class::cast)
                .filter(a -> a.eventId().equals(EVENT)).findFirst().orElseThrow();
        store.records().save(List.of(restrictedCopy(open, "act-secret")), "test");
        accounts.assign("act-secret", "researcher", "test");
        records = new VisibleRecords(store, new Caller(accounts), accounts);
    }

    @AfterAll
    static void stop() {
        store.close();
    }

    @AfterEach
    void signOut() {
        SecurityContextHolder.clearContext();
    }

    @Test
    void aRestrictedRecordDoesNotExistForAViewer() {
        signIn("viewer");
        assertThat(records.find("act-secret")).isEmpty();
        assertThatThrownBy(() -> records.require("act-secret")).isInstanceOf(ResponseStatusException.class);
        assertThat(records.require(open.id()).id()).isEqualTo(open.id());
    }

    @Test
    void theNeighbourhoodHoldsOnlyWhatTheCallerMaySee() {
        signIn("viewer");
        List<String> seen = ids(records.neighbourhood(records.require(EVENT)));
        assertThat(seen.get(0)).isEqualTo(EVENT);
        assertThat(seen).contains(open.id(), open.victimId()).doesNotContain("act-secret");

        signIn("researcher");
        assertThat(ids(records.neighbourhood(records.require(EVENT)))).contains("act-secret");
    }

    @Test
    void savingARestrictedRecordAssignsItToItsAuthor() {
        signIn("author");
        Record saved = records.save(restrictedCopy(open, "act-authored"));
        assertThat(saved.id()).isEqualTo("act-authored");
        assertThat(accounts.assignees("act-authored")).contains("author");
    }

    private static List<String> ids(List<Record> found) {
        return found.stream().map(Record::id).toList();
    }

    private static void signIn(String username) {
        var user = accounts.find(username).orElseThrow();
        SecurityContextHolder.getContext().setAuthentication(
                new UsernamePasswordAuthenticationToken(new AccountDetails(user), null, List.of()));
    }

    private static Record restrictedCopy(Act act, String id) {
        ObjectNode tree = VigilJson.MAPPER.valueToTree(act);
        tree.put("id", id);
        tree.put("confidentiality", "restricted");
        return VigilJson.MAPPER.treeToValue(tree, Record.class);
    }
}
