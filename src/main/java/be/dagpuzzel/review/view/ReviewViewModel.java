package be.dagpuzzel.review.view;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Supplier;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.TimeText;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.review.DayReview;
import be.dagpuzzel.review.Incident;
import be.dagpuzzel.review.Observation;
import be.dagpuzzel.review.PlaceActual;
import be.dagpuzzel.review.Reminder;
import be.dagpuzzel.review.ReviewHit;
import be.dagpuzzel.review.ReviewSearch;
import be.dagpuzzel.review.ReviewService;
import be.dagpuzzel.review.WorkerDay;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;
import be.dagpuzzel.ui.UndoStack;

/**
 * The review of one date: the fast feedback rows, the plan with its actuals, incidents, reminders,
 * the transport in short, how complete the day is, and the past days still without review. Each
 * edit is stored at once; feedback, actuals, reminders, incidents and the day's mark can be undone.
 */
public final class ReviewViewModel {

    private final TaskRunner runner;
    private final ReviewService review;
    private final Messages messages;
    private final Supplier<LocalDate> today;
    private final ReviewLines lines;
    private final ObservableList<FeedbackRow> feedback = FXCollections.observableArrayList();
    private final ObservableList<PlaceRow> places = FXCollections.observableArrayList();
    private final ObservableList<ReviewModels.IncidentLine> incidents = FXCollections.observableArrayList();
    private final ObservableList<ReviewModels.ReminderLine> reminders = FXCollections.observableArrayList();
    private final ObservableList<String> transport = FXCollections.observableArrayList();
    private final ObservableList<ReviewModels.DayLine> daysWithoutReview = FXCollections.observableArrayList();
    private final ObservableList<ReviewModels.Person> staff = FXCollections.observableArrayList();
    private final ObservableList<ReviewModels.Person> participants = FXCollections.observableArrayList();
    private final ObservableList<ReviewModels.Person> staffHere = FXCollections.observableArrayList();
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final StringProperty completeness = new SimpleStringProperty(this, "completeness", "");
    private final StringProperty message = new SimpleStringProperty(this, "message", "");
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final BooleanProperty reviewed = new SimpleBooleanProperty(this, "reviewed");
    private final BooleanProperty editable = new SimpleBooleanProperty(this, "editable");
    private final BooleanProperty loaded = new SimpleBooleanProperty(this, "loaded");
    private final UndoStack undo = new UndoStack();
    private DayReview day;

    public ReviewViewModel(TaskRunner runner, ReviewService review, Messages messages, Supplier<LocalDate> today) {
        this.runner = runner;
        this.review = review;
        this.messages = messages;
        this.today = today;
        this.lines = new ReviewLines(messages);
    }

    /** Opens the review of {@code value}; the undo history belongs to one visit of a day. */
    public void load(LocalDate value) {
        date.set(value);
        message.set("");
        notice.set("");
        undo.clear();
        loaded.set(false);
        refresh();
    }

    /** Reads the day again as stored (after a change here or elsewhere). */
    public void refresh() {
        LocalDate value = date.get();
        if (value == null) {
            return;
        }
        LocalDate now = today.get();
        runner.load(p -> new Loaded(review.day(value), review.daysWithoutReview(now)), result -> {
            if (value.equals(date.get())) {
                apply(result);
            }
        });
    }

    private record Loaded(DayReview day, List<LocalDate> withoutReview) {
    }

    private void apply(Loaded result) {
        day = result.day();
        editable.set(day.workingDay() && !day.date().isAfter(today.get()));
        reviewed.set(day.reviewed());
        staff.setAll(day.activeStaff().stream().map(id -> new ReviewModels.Person(id, day.staffName(id), false))
                .sorted(Comparator.comparing(ReviewModels.Person::name, String.CASE_INSENSITIVE_ORDER)).toList());
        staffHere.setAll(day.workers().stream().map(w -> new ReviewModels.Person(w.staffId(), w.name(), false)).toList());
        participants.setAll(day.participantsHere().stream()
                .map(id -> new ReviewModels.Person(id, day.participantNames().getOrDefault(id, "?"), true))
                .sorted(Comparator.comparing(ReviewModels.Person::name, String.CASE_INSENSITIVE_ORDER)).toList());
        List<FeedbackRow> rows = new ArrayList<>();
        for (WorkerDay w : day.workers()) {
            Optional<Observation> stored = day.observationsOf(w.staffId()).stream().findFirst();
            String tasks = w.places().isEmpty() ? messages.get("review.feedback.noTask") : w.taskLabels();
            FeedbackRow row = new FeedbackRow(w.staffId(), w.name(), tasks, stored.orElse(w.defaultLine(day.date())),
                    stored.isPresent());
            row.storedProperty().addListener((obs, was, now) -> updateCompleteness());
            rows.add(row);
        }
        feedback.setAll(rows);
        places.setAll(day.places().stream().map(p -> lines.place(day, p, staff)).toList());
        incidents.setAll(day.incidents().stream().map(i -> lines.incident(day, i)).toList());
        reminders.setAll(day.reminders().stream().map(r -> lines.reminder(r, day.staffNames())).toList());
        transport.setAll(lines.transport(day.transport()));
        daysWithoutReview.setAll(result.withoutReview().stream()
                .map(d -> new ReviewModels.DayLine(d, messages.longDate(d))).toList());
        updateCompleteness();
        loaded.set(true);
    }

    private void updateCompleteness() {
        if (day == null) {
            return;
        }
        if (!day.workingDay()) {
            completeness.set(messages.get("review.closed"));
            return;
        }
        if (!editable.get()) {
            completeness.set(""); // a day still to come: the page says so
            return;
        }
        List<String> missing = feedback.stream().filter(r -> !r.storedProperty().get()).map(FeedbackRow::name).toList();
        if (reviewed.get() && missing.isEmpty()) {
            completeness.set(messages.format("review.complete.done", feedback.size()));
        } else if (missing.isEmpty()) {
            completeness.set(messages.format("review.complete.allFeedback", feedback.size()));
        } else {
            completeness.set(messages.format("review.complete.missing", missing.size(), feedback.size(),
                    String.join(", ", missing.subList(0, Math.min(3, missing.size())))
                            + (missing.size() > 3 ? ", …" : "")));
        }
    }

    // ---- feedback

    /**
     * Stores the row's line when it was changed, or (with {@code confirm}, the keyboard passing
     * over it) when it is not yet on record: that is what makes "went well" count.
     */
    public void commitFeedback(FeedbackRow row, boolean confirm) {
        if (!editable.get() || (!row.changed() && (row.storedProperty().get() || !confirm))) {
            return;
        }
        Observation before = row.line();
        boolean wasStored = row.storedProperty().get();
        Observation shown = row.shown();
        if (shown.note().length() > Observation.NOTE_MAX) {
            row.errorProperty().set(messages.format("validation.tooLong", Observation.NOTE_MAX));
            return;
        }
        row.errorProperty().set("");
        row.setLine(shown);
        row.storedProperty().set(true);
        store(row, shown);
        undo.push(row.name(), () -> {
            row.setLine(before);
            row.ratingProperty().set(before.rating());
            row.noteProperty().set(before.note());
            if (wasStored) {
                store(row, before);
            } else {
                row.storedProperty().set(false);
                runner.save(p -> {
                    review.removeObservation(row.storedId.getAndSet(0));
                    return null;
                }, done -> { });
            }
        });
    }

    private void store(FeedbackRow row, Observation line) {
        runner.save(p -> {
            Observation saved = review.saveObservation(line.withId(row.storedId.get()));
            row.storedId.set(saved.id());
            return saved;
        }, saved -> { }, error -> {
            row.storedProperty().set(false);
            row.errorProperty().set(text(error));
        });
    }

    /** Went well ↔ point of attention, stored at once. */
    public void toggleRating(FeedbackRow row) {
        if (!editable.get()) {
            return;
        }
        row.ratingProperty().set(row.ratingProperty().get().toggled());
        commitFeedback(row, true);
    }

    // ---- actuals

    /** Stores what really happened on a place as typed; a wrong time keeps its text and gets a message. */
    public void commitPlace(PlaceRow row) {
        if (!editable.get()) {
            return;
        }
        row.errors().clear();
        Optional<LocalTime> start = time(row.startProperty().get(), ReviewService.FIELD_START, row);
        Optional<LocalTime> end = time(row.endProperty().get(), ReviewService.FIELD_END, row);
        if (!row.errors().isEmpty()) {
            return;
        }
        PlaceActual before = row.actual();
        PlaceActual wanted = new PlaceActual(day.date(), row.slotId(), row.position(),
                Optional.ofNullable(row.doneByProperty().get()).map(ReviewModels.Person::id), start, end,
                row.noteProperty().get());
        if (wanted.equals(before)) {
            return;
        }
        savePlace(row, wanted, () -> undo.push(row.slot(), () -> {
            lines.show(row, before, staff);
            savePlace(row, before, () -> { });
        }));
    }

    private void savePlace(PlaceRow row, PlaceActual wanted, Runnable stored) {
        runner.save(p -> review.saveActual(wanted), saved -> {
            row.setActual(saved);
            stored.run();
        }, error -> {
            if (error instanceof ValidationException v) {
                v.errors().forEach(e -> row.errors().put(e.field(), messages.text(e)));
            } else {
                message.set(text(error));
            }
        });
    }

    private Optional<LocalTime> time(String text, String field, PlaceRow row) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        Optional<LocalTime> parsed = TimeText.parse(text);
        if (parsed.isEmpty()) {
            row.errors().put(field, messages.get("validation.time"));
        }
        return parsed;
    }

    // ---- the day's mark

    /** Marks the day as reviewed; whoever has no line yet gets "went well". */
    public void markReviewed() {
        LocalDate value = date.get();
        if (!editable.get() || reviewed.get()) {
            return;
        }
        runner.save(p -> review.markReviewed(value), added -> {
            notice.set(messages.format("review.marked", added.size()));
            undo.push(messages.get("review.mark"), () -> runner.save(p -> {
                review.unmarkReviewed(value, added);
                return null;
            }, done -> refresh()));
            refresh();
        });
    }

    // ---- incidents and reminders

    /** Stores a new incident of the day (or changes one, with its id). */
    public void saveIncident(Incident incident, Consumer<List<FieldError>> refused) {
        runner.save(p -> review.saveIncident(incident), saved -> {
            notice.set(messages.get("review.incident.saved"));
            if (incident.id() == 0) {
                undo.push(messages.get("review.incident.add"), () -> runner.save(p -> {
                    review.removeIncident(saved.id());
                    return null;
                }, done -> refresh()));
            }
            refresh();
        }, error -> refused.accept(errors(error)));
    }

    public Optional<Incident> incident(long id) {
        return day == null ? Optional.empty() : day.incidents().stream().filter(i -> i.id() == id).findFirst();
    }

    public void setFollowUpDone(long incidentId, boolean done) {
        runner.save(p -> {
            review.setFollowUpDone(incidentId, done);
            return null;
        }, ok -> {
            undo.push(messages.get("review.incident.followUp"), () -> runner.save(p -> {
                review.setFollowUpDone(incidentId, !done);
                return null;
            }, again -> refresh()));
            refresh();
        });
    }

    /** Adds a note for {@code due}, for a person or (empty) the planning. */
    public void addReminder(String text, Optional<Long> forStaffId, LocalDate due, Consumer<List<FieldError>> refused) {
        LocalDate written = date.get();
        runner.save(p -> review.addReminder(written, text, forStaffId, due), added -> {
            notice.set(messages.format("review.reminder.added", messages.shortDate(added.due())));
            undo.push(messages.get("review.reminder.add"), () -> runner.save(p -> {
                review.removeReminder(added.id());
                return null;
            }, done -> refresh()));
            refresh();
        }, error -> refused.accept(errors(error)));
    }

    public void setReminderDone(long id, boolean done) {
        runner.save(p -> review.setReminderDone(id, done), changed -> {
            undo.push(messages.get("review.reminder.tick"), () -> runner.save(p -> review.setReminderDone(id, !done),
                    again -> refresh()));
            refresh();
        });
    }

    public void removeReminder(long id) {
        Optional<Reminder> reminder = day == null ? Optional.empty()
                : day.reminders().stream().filter(r -> r.id() == id).findFirst();
        reminder.ifPresent(r -> runner.save(p -> {
            review.removeReminder(id);
            return null;
        }, done -> {
            undo.push(messages.get("review.reminder.remove"), () -> runner.save(p -> {
                review.restoreReminder(r);
                return null;
            }, again -> refresh()));
            refresh();
        }));
    }

    /** The next working day after the reviewed one: a reminder's usual due date. */
    public LocalDate nextWorkingDay() {
        return day == null ? date.get().plusDays(1) : day.nextWorkingDay();
    }

    // ---- search

    public void search(ReviewSearch query, Consumer<List<ReviewModels.HitLine>> found, Consumer<List<FieldError>> refused) {
        runner.run(TaskRunner.Kind.LOAD, p -> review.search(query),
                hits -> found.accept(hits.stream().map(lines::hit).toList()), error -> refused.accept(errors(error)));
    }

    public LocalDate today() {
        return today.get();
    }

    // ---- undo

    public boolean undo() {
        boolean undone = undo.undo();
        notice.set(undone ? messages.get("review.undone") : messages.get("review.nothingToUndo"));
        return undone;
    }

    /** A refusal's field errors, also said in the message line (the dialog that asked is closed by then). */
    private List<FieldError> errors(Throwable error) {
        if (error instanceof ValidationException v) {
            message.set(String.join(" ", v.errors().stream().map(messages::text).toList()));
            return v.errors();
        }
        message.set(text(error));
        return List.of();
    }

    private String text(Throwable error) {
        if (error instanceof ValidationException v) {
            return messages.text(v.errors().getFirst());
        }
        return messages.format("review.failed", be.dagpuzzel.ui.FailureText.reason(messages, error));
    }

    // ---- properties

    public ObservableList<FeedbackRow> feedback() {
        return feedback;
    }

    public ObservableList<PlaceRow> places() {
        return places;
    }

    public ObservableList<ReviewModels.IncidentLine> incidents() {
        return incidents;
    }

    public ObservableList<ReviewModels.ReminderLine> reminders() {
        return reminders;
    }

    public ObservableList<String> transport() {
        return transport;
    }

    public ObservableList<ReviewModels.DayLine> daysWithoutReview() {
        return daysWithoutReview;
    }

    /** Everyone on the staff register, for "who really did it" and "for whom". */
    public ObservableList<ReviewModels.Person> staff() {
        return staff;
    }

    /** Who was here that day, for an incident. */
    public ObservableList<ReviewModels.Person> staffHere() {
        return staffHere;
    }

    /** The participants who came that day, for an incident. */
    public ObservableList<ReviewModels.Person> participants() {
        return participants;
    }

    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public StringProperty completenessProperty() {
        return completeness;
    }

    public StringProperty messageProperty() {
        return message;
    }

    /** A short word on what was just done ("Reminder for 30/11/2026 added"). */
    public StringProperty noticeProperty() {
        return notice;
    }

    public BooleanProperty reviewedProperty() {
        return reviewed;
    }

    /** A working day that has come: its review can be written. */
    public BooleanProperty editableProperty() {
        return editable;
    }

    /** The day's review has been read (tests and the view wait for it). */
    public BooleanProperty loadedProperty() {
        return loaded;
    }

    public javafx.beans.property.ReadOnlyBooleanProperty canUndoProperty() {
        return undo.canUndoProperty();
    }
}
