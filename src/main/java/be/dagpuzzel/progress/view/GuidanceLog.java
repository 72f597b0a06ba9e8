package be.dagpuzzel.progress.view;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Map;
import java.util.Optional;

import javafx.beans.property.DoubleProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.progress.GuidanceSession;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.ui.Messages;

/**
 * The hours of guidance given to the open worker: the sessions, newest first, a form to add one
 * (a day that has happened, hours, a note) and the total against the trajectory's target.
 */
public final class GuidanceLog {

    public static final String DATE = ProgressService.FIELD_DATE;
    public static final String HOURS = ProgressService.FIELD_HOURS;
    public static final String NOTE = ProgressService.FIELD_TEXT;
    private static final int NOTE_MAX = 1000;

    private final ProgressViewModel page;
    private final ProgressService progress;
    private final Messages messages;
    private final ObservableList<GuidanceSession> sessions = FXCollections.observableArrayList();
    private final StringProperty date = new SimpleStringProperty(this, DATE, "");
    private final StringProperty hours = new SimpleStringProperty(this, HOURS, "");
    private final StringProperty note = new SimpleStringProperty(this, NOTE, "");
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty total = new SimpleStringProperty(this, "total", "");
    private final DoubleProperty fraction = new SimpleDoubleProperty(this, "fraction");

    GuidanceLog(ProgressViewModel page, ProgressService progress) {
        this.page = page;
        this.progress = progress;
        this.messages = page.messages();
    }

    public ObservableList<GuidanceSession> sessions() {
        return sessions;
    }

    public StringProperty dateProperty() {
        return date;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public StringProperty noteProperty() {
        return note;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** "62 of 140 hours". */
    public StringProperty totalProperty() {
        return total;
    }

    /** Hours given as a part of the target, 0..1, for the progress bar. */
    public DoubleProperty fractionProperty() {
        return fraction;
    }

    public String hoursText(BigDecimal value) {
        return Typed.hours(value, messages.locale());
    }

    void fill(ProgressPage p) {
        if (p == null) {
            errors.clear();
            hours.set("");
            note.set("");
            date.set("");
            sessions.clear();
            total.set("");
            fraction.set(0);
            return;
        }
        sessions.setAll(p.guidance().stream().sorted(Comparator.comparing(GuidanceSession::heldOn)
                .thenComparing(GuidanceSession::id).reversed()).toList());
        BigDecimal given = p.guidanceHours();
        BigDecimal target = p.trajectory().guidanceTargetHours();
        total.set(messages.format("progress.guidance.total", hoursText(given), hoursText(target)));
        fraction.set(target.signum() <= 0 ? 0 : Math.min(1.0, given.divide(target, 4, RoundingMode.HALF_UP).doubleValue()));
        if (Typed.blank(date.get())) {
            date.set(messages.shortDate(page.today()));
        }
    }

    /** Adds a session as typed; the form is emptied (the date stays) once it is stored. */
    public void add() {
        ProgressPage p = page.pageProperty().get();
        if (p == null) {
            return;
        }
        errors.clear();
        Optional<LocalDate> day = Typed.pastDate(date.get(), page.today());
        if (day.isEmpty()) {
            errors.put(DATE, Typed.dateError(messages, date.get()));
        }
        Optional<BigDecimal> typed = Typed.hours(hours.get());
        if (typed.isEmpty()) {
            errors.put(HOURS, Typed.blank(hours.get()) ? messages.get("progress.guidance.hours")
                    : messages.format("progress.typed.notHours", hours.get().strip()));
        }
        if (note.get() != null && note.get().strip().length() > NOTE_MAX) {
            errors.put(NOTE, messages.format("progress.text.tooLong", NOTE_MAX));
        }
        if (!errors.isEmpty()) {
            return;
        }
        GuidanceSession session = new GuidanceSession(0, p.member().id(), day.get(), typed.get(), note.get());
        page.edit(messages.format("progress.guidance.undo.add", hoursText(session.hours())),
                work -> progress.addGuidance(session),
                added -> work -> progress.removeGuidance(added.id()),
                added -> {
                    hours.set("");
                    note.set("");
                },
                refused -> Typed.showErrors(refused, errors, messages, Map.of()));
    }

    /** Removes a session; Ctrl+Z brings it back. */
    public void remove(GuidanceSession session) {
        if (session == null) {
            return;
        }
        page.edit(messages.format("progress.guidance.undo.remove", hoursText(session.hours()),
                        messages.shortDate(session.heldOn())),
                work -> progress.removeGuidance(session.id()).orElse(session),
                was -> work -> {
                    progress.restoreGuidance(was);
                    return was;
                }, null, null);
    }
}
