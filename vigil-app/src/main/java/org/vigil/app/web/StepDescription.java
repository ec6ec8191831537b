package org.vigil.app.web;

import org.vigil.core.model.ChargeText;
import org.vigil.core.model.ProceedingStep;
import org.vigil.core.vocab.Vocabularies;
import org.vigil.core.vocab.VocabularyKind;

import java.util.List;
import java.util.stream.Collectors;

/** Proceeding steps in plain English, as a timeline shows them. */
final class StepDescription {

    private StepDescription() {
    }

    static String of(ProceedingStep step, Vocabularies vocab) {
        if (step instanceof ProceedingStep.Arrest a) {
            return "Arrested" + a.place().map(p -> " at " + p).orElse("");
        }
        if (step instanceof ProceedingStep.Charge c) {
            return "Charged with " + charges(c.charges());
        }
        if (step instanceof ProceedingStep.Detention d) {
            StringBuilder s = new StringBuilder("Detained");
            d.placeOfDetention().ifPresent(p -> s.append(" in ").append(p));
            if (d.incommunicado()) {
                s.append(", incommunicado");
            }
            if (d.unofficialPlace()) {
                s.append(", in an unofficial place of detention");
            }
            d.heldFor().ifPresent(t -> s.append(", held for ").append(t));
            return s.toString();
        }
        if (step instanceof ProceedingStep.Trial t) {
            if (t.fairTrialConcerns().isEmpty()) {
                return "Trial";
            }
            return "Trial; fair-trial concerns: " + t.fairTrialConcerns().stream()
                    .map(code -> vocab.get(VocabularyKind.FAIR_TRIAL_CONCERN).label(code).toLowerCase())
                    .collect(Collectors.joining("; "));
        }
        if (step instanceof ProceedingStep.Verdict v) {
            String outcome = v.outcome().substring(0, 1).toUpperCase() + v.outcome().substring(1);
            return v.charges().isEmpty() ? outcome : outcome + " of " + charges(v.charges());
        }
        if (step instanceof ProceedingStep.Sentence s) {
            return "Sentenced: " + s.describe();
        }
        if (step instanceof ProceedingStep.Appeal a) {
            return "Appeal decided: verdict " + a.outcome();
        }
        if (step instanceof ProceedingStep.Release r) {
            return "Released" + switch (r.manner()) {
                case "unknown" -> "";
                case "without_charge" -> " without charge";
                case "end_of_sentence" -> " at the end of the sentence";
                default -> " (" + r.manner().replace('_', ' ') + ")";
            };
        }
        if (step instanceof ProceedingStep.ExtraditionRequest x) {
            return "Extradition requested by " + x.requestingState() + x.grounds().map(g -> ": " + g).orElse("");
        }
        return step.kindCode();
    }

    private static String charges(List<ChargeText> charges) {
        return charges.stream()
                .map(c -> "“" + c.text() + "”" + c.legalArticle().map(a -> " (" + a + ")").orElse(""))
                .collect(Collectors.joining(" and "));
    }
}
