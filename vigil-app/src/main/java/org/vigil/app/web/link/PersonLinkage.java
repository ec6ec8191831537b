package org.vigil.app.web.link;

import org.springframework.stereotype.Component;
import org.vigil.core.model.Confidentiality;
import org.vigil.core.model.Person;
import org.vigil.core.model.RecordType;
import org.vigil.core.run.Progress;
import org.vigil.link.LinkageResult;
import org.vigil.link.Linker;
import org.vigil.link.input.PersonRecords;
import org.vigil.link.review.ReviewDecision;
import org.vigil.link.review.ReviewQueue;
import org.vigil.link.state.LinkageState;
import org.vigil.link.state.LinkageStateJson;
import org.vigil.store.Store;
import org.vigil.store.records.StoredDocuments;

import java.util.List;
import java.util.Optional;

/**
 * Linkage of the data set's person records: runs the linker over every individual that is not restricted,
 * keeps its state (clusters with stable ids, reviewers' decisions, model) and its review queue as stored
 * documents, and re-runs after each decision so clusters follow it at once.
 */
@Component
public class PersonLinkage {

    static final String STATE = "linkage/persons/state";
    static final String QUEUE = "linkage/persons/queue";

    private final Store store;
    private final StoredDocuments documents;

    /** Linkage over the application's store. */
    public PersonLinkage(Store store) {
        this.store = store;
        this.documents = new StoredDocuments(store);
    }

    /** The last state, or the empty state before any run. */
    public LinkageState state() {
        return documents.get(STATE).map(json -> LinkageStateJson.read(json, STATE)).orElse(LinkageState.empty());
    }

    /** Whether linkage has run on this data set (estimation counts people only after it has). */
    public boolean hasRun() {
        return documents.get(STATE).isPresent();
    }

    /** The review queue of the last run. */
    public Optional<ReviewQueue> queue() {
        return documents.get(QUEUE).map(json -> LinkageStateJson.MAPPER.readValue(json, ReviewQueue.class));
    }

    /** The cluster of a person, or the person's own id when unlinked. */
    public String clusterOf(LinkageState state, String personId) {
        return state.clusterOf(personId).orElse(personId);
    }

    /**
     * Runs linkage over all individuals that are public or internal (restricted persons are not shared
     * with linkage, whose results researchers without assignments see), keeping earlier decisions and ids.
     */
    public synchronized LinkageResult run(String actor) {
        List<Person> persons = store.records().list(RecordType.PERSON).stream().map(Person.class::cast)
                .filter(p -> p.confidentiality() != Confidentiality.RESTRICTED).toList();
        LinkageResult result = new Linker(PersonRecords.settings()).link(PersonRecords.toInput(persons), state(),
                Progress.NONE);
        documents.put(STATE, LinkageStateJson.write(result.state()), actor);
        documents.put(QUEUE, LinkageStateJson.MAPPER.writeValueAsString(result.reviewQueue()), actor);
        return result;
    }

    /** Records a reviewer's decision on a pair (never overturned by later runs) and re-runs. */
    public synchronized void decide(ReviewDecision decision, String actor) {
        documents.put(STATE, LinkageStateJson.write(state().withDecision(decision)), actor);
        run(actor);
    }
}
