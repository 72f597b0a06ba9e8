package be.dagpuzzel.review.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import be.dagpuzzel.core.TimeText;
import be.dagpuzzel.review.DayReview;
import be.dagpuzzel.review.Incident;
import be.dagpuzzel.review.PlaceActual;
import be.dagpuzzel.review.Reminder;
import be.dagpuzzel.review.ReviewHit;
import be.dagpuzzel.review.ReviewPlace;
import be.dagpuzzel.review.TransportSummary;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.ui.Messages;

/** Turns the review's records into the lines and rows the screens show, in the user's words. */
final class ReviewLines {

    private final Messages messages;

    ReviewLines(Messages messages) {
        this.messages = messages;
    }

    PlaceRow place(DayReview day, ReviewPlace p, List<ReviewModels.Person> staff) {
        TaskType type = day.taskType(p.slot().taskTypeId()).orElse(null);
        String task = type == null ? "?" : type.displayName(messages.codes("taskType."));
        String label = p.slot().label().isBlank() ? task : p.slot().label();
        if (p.slot().peopleNeeded() > 1) {
            label += " (" + (p.position() + 1) + ")";
        }
        String hours = TimeText.format(p.slot().hours().start()) + "–" + TimeText.format(p.slot().hours().end())
                + " · " + task;
        String planned = p.plannedStaffId().map(day::staffName).orElse("");
        PlaceRow row = new PlaceRow(p.slot().id(), p.position(), label, hours, type == null ? "#999999" : type.colour(),
                planned, p.actual());
        show(row, p.actual(), staff);
        return row;
    }

    /** Puts an actual's values into the row's fields (on load and on undo). */
    void show(PlaceRow row, PlaceActual actual, List<ReviewModels.Person> staff) {
        row.setActual(actual);
        row.errors().clear();
        row.doneByProperty().set(actual.actualStaffId()
                .flatMap(id -> staff.stream().filter(s -> s.id() == id).findFirst()).orElse(null));
        row.startProperty().set(actual.start().map(TimeText::format).orElse(""));
        row.endProperty().set(actual.end().map(TimeText::format).orElse(""));
        row.noteProperty().set(actual.note());
    }

    ReviewModels.IncidentLine incident(DayReview day, Incident i) {
        String heading = i.time().map(TimeText::format).map(t -> t + " · ").orElse("") + messages.get(i.kind().messageKey());
        List<String> people = new ArrayList<>();
        i.participantIds().forEach(id -> people.add(day.participantNames().getOrDefault(id, "?")));
        i.staffIds().forEach(id -> people.add(day.staffName(id)));
        String text = i.whatHappened() + (i.actionTaken().isEmpty() ? ""
                : "\n" + messages.format("review.incident.done", i.actionTaken()));
        return new ReviewModels.IncidentLine(i.id(), heading, text, String.join(", ", people), i.followUpNeeded(),
                i.followUpDone());
    }

    ReviewModels.ReminderLine reminder(Reminder r, Map<Long, String> staffNames) {
        String forWhom = r.forStaffId().map(id -> staffNames.getOrDefault(id, "?"))
                .orElseGet(() -> messages.get("review.reminder.planning"));
        return new ReviewModels.ReminderLine(r.id(), r.text(), forWhom, messages.shortDate(r.due()), r.done());
    }

    List<String> transport(TransportSummary summary) {
        List<String> result = new ArrayList<>();
        if (summary.runs().isEmpty()) {
            result.add(messages.get("review.transport.none"));
            return result;
        }
        List<String> unwritten = new ArrayList<>();
        for (TransportSummary.RunLine run : summary.runs()) {
            String name = run.route() + " · " + messages.get(run.direction().messageKey());
            if (run.unwritten()) {
                if (run.stops() > 0) {
                    unwritten.add(name);
                }
                continue;
            }
            List<String> parts = new ArrayList<>();
            run.km().ifPresent(km -> parts.add(messages.format("review.transport.km", km)));
            run.actualDeparture().ifPresent(t -> parts.add(messages.format(run.late()
                    ? "review.transport.leftLate" : "review.transport.left", TimeText.format(t),
                    TimeText.format(run.plannedDeparture()), run.minutesLate())));
            run.actualArrival().ifPresent(t -> parts.add(messages.format("review.transport.back", TimeText.format(t))));
            result.add(name + ": " + String.join(", ", parts));
        }
        if (!unwritten.isEmpty()) {
            result.add(messages.format("review.transport.notWritten", String.join(", ", unwritten)));
        }
        boolean written = summary.runs().stream().anyMatch(r -> !r.unwritten());
        if (summary.noShows().isEmpty() && written) {
            result.add(messages.get("review.transport.noNoShows"));
        } else if (!summary.noShows().isEmpty()) {
            result.add(messages.format("review.transport.noShows", summary.noShows().stream()
                    .map(n -> n.name() + " (" + n.route() + ")").collect(Collectors.joining(", "))));
        }
        if (written) {
            result.add(messages.format("review.transport.total", summary.kilometres(), summary.lateDepartures()));
        }
        return result;
    }

    ReviewModels.HitLine hit(ReviewHit hit) {
        String heading = messages.shortDate(hit.date()) + " · " + messages.get(hit.kind().messageKey())
                + (hit.people().isEmpty() ? "" : " · " + String.join(", ", hit.people()));
        String text = hit.text().isEmpty() ? messages.get("review.rating.ATTENTION") : hit.text();
        return new ReviewModels.HitLine(hit.date(), heading, text);
    }
}
