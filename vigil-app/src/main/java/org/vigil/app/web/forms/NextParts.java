package org.vigil.app.web.forms;

import org.vigil.core.model.Act;
import org.vigil.core.model.Event;
import org.vigil.core.model.Involvement;
import org.vigil.core.model.Organisation;
import org.vigil.core.model.Person;
import org.vigil.core.model.Proceeding;
import org.vigil.core.model.Record;
import org.vigil.core.model.Source;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The "Add the next part" links shown after a record is saved: what a researcher usually records next,
 * with the new form already pointing at what was just saved (and citing the same source).
 */
final class NextParts {

    /** A link to a form. */
    record Link(String label, String href) {
    }

    private final RecordChoices choices;

    NextParts(RecordChoices choices) {
        this.choices = choices;
    }

    /**
     * The next parts after saving a record.
     *
     * @param saved   the record just saved
     * @param context the record the saved one was made for (a victim for an event, a perpetrator for an act)
     */
    List<Link> after(Record saved, Optional<Record> context) {
        List<Link> links = new ArrayList<>();
        // The next parts cite the same source: the saved record's, else that of the record it was made for.
        String source = saved instanceof Source ? saved.id()
                : saved.citations().stream().map(c -> c.sourceId()).findFirst()
                .or(() -> context.flatMap(c -> c.citations().stream().map(x -> x.sourceId()).findFirst()))
                .orElse("");
        String id = saved.id();
        if (saved instanceof Source) {
            links.add(link("Add an event citing it", "event", "sourceId", id));
            links.add(link("Add a person it names", "person", "sourceId", id));
            links.add(link("Add an organisation it names", "organisation", "sourceId", id));
        } else if (saved instanceof Event) {
            links.add(link("Add a victim (person)", "person", "for", id, "sourceId", source));
            links.add(link("Add an act here", "act", "eventId", id, "sourceId", source));
            links.add(link("Link it to another event", "event_link", "fromEventId", id, "sourceId", source));
        } else if (saved instanceof Person || saved instanceof Organisation) {
            if (context.orElse(null) instanceof Act act) {
                links.add(link((saved instanceof Person ? "Record them" : "Record it") + " as perpetrator of ‘"
                        + choices.label(act) + "’", "involvement", "actId", act.id(), "perpetratorId", id,
                        "sourceId", source));
            }
            if (saved instanceof Person) {
                String event = context.orElse(null) instanceof Event e ? e.id() : "";
                links.add(link("Add an act against them", "act", "victimId", id, "eventId", event,
                        "sourceId", source));
                links.add(link("Add a legal proceeding", "proceeding", "personId", id, "eventId", event,
                        "sourceId", source));
                links.add(link("Follow their case (monitored case)", "case", "personId", id, "sourceId", source));
            } else {
                links.add(link("Add a person who belongs to it", "person", "affiliationIds", id,
                        "sourceId", source));
            }
        } else if (saved instanceof Act a) {
            links.add(link("Add who did it (involvement)", "involvement", "actId", id, "sourceId", source));
            links.add(link("Add the perpetrator organisation", "organisation", "for", id, "sourceId", source));
            links.add(link("Add the perpetrator (person)", "person", "for", id, "sourceId", source));
            links.add(link("Add a legal proceeding against " + victim(a), "proceeding", "personId", a.victimId(),
                    "eventId", a.eventId(), "sourceId", source));
            links.add(link("Add another act in this event", "act", "eventId", a.eventId(), "sourceId", source));
        } else if (saved instanceof Involvement i) {
            links.add(link("Add another perpetrator of this act", "involvement", "actId", i.actId(),
                    "sourceId", source));
            choices.find(i.actId()).filter(Act.class::isInstance).map(Act.class::cast).ifPresent(a ->
                    links.add(link("Add a legal proceeding against " + victim(a), "proceeding", "personId",
                            a.victimId(), "eventId", a.eventId(), "sourceId", source)));
        } else if (saved instanceof Proceeding p) {
            links.add(link("Add another step", "proceeding", "personId", p.personId(),
                    "eventId", p.eventId().orElse(""), "sourceId", source));
        }
        return links;
    }

    /** After a legal step: one link per kind of step, so the next step is one click away. */
    List<Link> steps(Record saved) {
        if (!(saved instanceof Proceeding p)) {
            return List.of();
        }
        String source = p.citations().stream().map(c -> c.sourceId()).findFirst().orElse("");
        return RecordKinds.steps().stream().map(step -> link(RecordKinds.stepLabel(step), "proceeding",
                "personId", p.personId(), "eventId", p.eventId().orElse(""), "sourceId", source, "step", step))
                .toList();
    }

    private String victim(Act a) {
        return choices.label(a.victimId()).map(l -> "‘" + l + "’").orElse("the victim");
    }

    /** A link to the new-record form of a type with some fields filled in; blank values are left out. */
    static Link link(String label, String type, String... pairs) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("type", type);
        for (int i = 0; i + 1 < pairs.length; i += 2) {
            if (!pairs[i + 1].isEmpty()) {
                params.put(pairs[i], pairs[i + 1]);
            }
        }
        StringBuilder href = new StringBuilder("/records/new");
        char sep = '?';
        for (Map.Entry<String, String> e : params.entrySet()) {
            href.append(sep).append(e.getKey()).append('=').append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8));
            sep = '&';
        }
        return new Link(label, href.toString());
    }
}
