package be.dagpuzzel.review.view;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import be.dagpuzzel.core.TimeText;
import be.dagpuzzel.review.CarriedOver;
import be.dagpuzzel.review.Incident;
import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.ReviewService;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/**
 * The morning board's "Yesterday": the reminders still open, the incidents whose follow-up is not
 * done, and the previous working day's points of attention of the people here today. Ticking off
 * is stored at once and the last tick can be taken back.
 */
public final class YesterdayViewModel {

    private final TaskRunner runner;
    private final ReviewService review;
    private final Messages messages;
    private final ObservableList<ReviewModels.ReminderLine> reminders = FXCollections.observableArrayList();
    private final ObservableList<ReviewModels.IncidentLine> followUps = FXCollections.observableArrayList();
    private final ObservableList<ReviewModels.AttentionLine> attention = FXCollections.observableArrayList();
    private final StringProperty title = new SimpleStringProperty(this, "title", "");
    private final StringProperty lastTick = new SimpleStringProperty(this, "lastTick", "");
    private final BooleanProperty empty = new SimpleBooleanProperty(this, "empty", true);
    private LocalDate date;
    private Runnable undoLastTick;

    public YesterdayViewModel(TaskRunner runner, ReviewService review, Messages messages) {
        this.runner = runner;
        this.review = review;
        this.messages = messages;
    }

    public void load(LocalDate value) {
        date = value;
        lastTick.set("");
        undoLastTick = null;
        refresh();
    }

    public void refresh() {
        LocalDate value = date;
        if (value == null) {
            return;
        }
        runner.load(p -> review.carriedOver(value), carried -> {
            if (value.equals(date)) {
                apply(carried);
            }
        });
    }

    private void apply(CarriedOver c) {
        String weekday = c.previousDay().getDayOfWeek().getDisplayName(TextStyle.FULL, messages.locale());
        title.set(messages.format("review.board.title", weekday, messages.shortDate(c.previousDay())));
        reminders.setAll(c.reminders().stream().map(r -> new ReviewModels.ReminderLine(r.id(), r.text(),
                r.forStaffId().map(c::staffName).orElseGet(() -> messages.get("review.reminder.planning")),
                messages.shortDate(r.writtenOn()), r.done())).toList());
        followUps.setAll(c.followUps().stream().map(i -> incident(c, i)).toList());
        List<ReviewModels.AttentionLine> points = new ArrayList<>();
        for (Observation o : c.attention()) {
            points.add(new ReviewModels.AttentionLine(c.staffName(o.staffId()), o.taskLabel(),
                    o.note().isEmpty() ? messages.get("review.rating.ATTENTION") : o.note()));
        }
        attention.setAll(points);
        empty.set(c.isEmpty());
    }

    private ReviewModels.IncidentLine incident(CarriedOver c, Incident i) {
        List<String> people = new ArrayList<>();
        i.participantIds().forEach(id -> people.add(c.participantNames().getOrDefault(id, "?")));
        i.staffIds().forEach(id -> people.add(c.staffName(id)));
        String heading = messages.shortDate(i.date()) + i.time().map(t -> " " + TimeText.format(t)).orElse("") + " · "
                + messages.get(i.kind().messageKey());
        return new ReviewModels.IncidentLine(i.id(), heading, i.whatHappened(), String.join(", ", people), true, false);
    }

    /** Ticks a reminder off; it leaves the panel. */
    public void tickReminder(ReviewModels.ReminderLine line) {
        runner.save(p -> review.setReminderDone(line.id(), true), done -> {
            lastTick.set(messages.format("review.board.ticked", line.text()));
            undoLastTick = () -> runner.save(p -> review.setReminderDone(line.id(), false), again -> refresh());
            refresh();
        });
    }

    /** Marks an incident's follow-up as done; it leaves the panel. */
    public void followUpDone(ReviewModels.IncidentLine line) {
        runner.save(p -> {
            review.setFollowUpDone(line.id(), true);
            return null;
        }, done -> {
            lastTick.set(messages.format("review.board.ticked", line.text()));
            undoLastTick = () -> runner.save(p -> {
                review.setFollowUpDone(line.id(), false);
                return null;
            }, again -> refresh());
            refresh();
        });
    }

    /** Takes the last tick back. */
    public void undoTick() {
        if (undoLastTick != null) {
            undoLastTick.run();
            undoLastTick = null;
            lastTick.set("");
        }
    }

    public ObservableList<ReviewModels.ReminderLine> reminders() {
        return reminders;
    }

    public ObservableList<ReviewModels.IncidentLine> followUps() {
        return followUps;
    }

    public ObservableList<ReviewModels.AttentionLine> attention() {
        return attention;
    }

    /** "Yesterday: Thursday 26/11/2026". */
    public StringProperty titleProperty() {
        return title;
    }

    /** What was just ticked off, with a way back; empty when there is nothing to take back. */
    public StringProperty lastTickProperty() {
        return lastTick;
    }

    public BooleanProperty emptyProperty() {
        return empty;
    }
}
