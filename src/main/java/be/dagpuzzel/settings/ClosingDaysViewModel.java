package be.dagpuzzel.settings;

import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.Deque;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.TaskRunner;

/** The closing days page: the list, a date and description to add, and removal with undo. */
public final class ClosingDaysViewModel {

    private final TaskRunner runner;
    private final DayTemplateService templates;
    private final Messages messages;
    private final ObservableList<ClosingDay> days = FXCollections.observableArrayList();
    private final ObjectProperty<ClosingDay> selected = new SimpleObjectProperty<>(this, "selected");
    private final StringProperty date = new SimpleStringProperty(this, "date", "");
    private final StringProperty description = new SimpleStringProperty(this, "description", "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty notice = new SimpleStringProperty(this, "notice", "");
    private final Deque<ClosingDay> removed = new ArrayDeque<>();

    public ClosingDaysViewModel(TaskRunner runner, DayTemplateService templates, Messages messages) {
        this.runner = runner;
        this.templates = templates;
        this.messages = messages;
    }

    public ObservableList<ClosingDay> days() {
        return days;
    }

    public ObjectProperty<ClosingDay> selectedProperty() {
        return selected;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty descriptionProperty() {
        return description;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    public StringProperty noticeProperty() {
        return notice;
    }

    public void load() {
        runner.load(p -> templates.closingDays(), days::setAll);
    }

    /** Adds the typed date; the typed text stays when it is refused. */
    public void add() {
        LocalDate day = DateText.parse(date.get()).orElse(null);
        if (day == null) {
            errors.put(DayTemplateService.FIELD_DATE, messages.get("validation.date"));
            return;
        }
        ClosingDay closing = new ClosingDay(day, description.get());
        runner.run(TaskRunner.Kind.SAVE, p -> {
            templates.addClosingDay(closing);
            return null;
        }, done -> {
            errors.clear();
            date.set("");
            description.set("");
            notice.set(messages.format("closingDays.added", messages.longDate(day)));
            load();
        }, this::refused);
    }

    public void remove() {
        ClosingDay day = selected.get();
        if (day == null) {
            return;
        }
        runner.run(TaskRunner.Kind.SAVE, p -> {
            templates.removeClosingDay(day.date());
            return null;
        }, done -> {
            removed.push(day);
            notice.set(messages.get("closingDays.removed"));
            load();
        }, this::refused);
    }

    /** Brings back the last removed closing day. */
    public void undo() {
        ClosingDay day = removed.poll();
        if (day == null) {
            return;
        }
        runner.run(TaskRunner.Kind.SAVE, p -> {
            templates.addClosingDay(day);
            return null;
        }, done -> {
            notice.set(messages.get("templates.undone"));
            load();
        }, this::refused);
    }

    private void refused(Throwable error) {
        if (error instanceof ValidationException invalid) {
            invalid.errors().forEach(e -> errors.put(e.field(), messages.text(e)));
        } else {
            throw new IllegalStateException("storing the closing days failed", error);
        }
    }
}
