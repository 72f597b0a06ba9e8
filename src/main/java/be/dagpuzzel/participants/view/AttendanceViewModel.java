package be.dagpuzzel.participants.view;

import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.transport.AttendancePattern;
import be.dagpuzzel.transport.ParticipantAbsence;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.ui.Messages;

/**
 * When the open participant comes: the weekday patterns (each from a date on), the "not coming"
 * calls and the extra days. Every change is stored at once and can be taken back with Ctrl+Z.
 */
public final class AttendanceViewModel {

    public static final String FIELD_EXTRA_DATE = "extraDate";

    /** Where a pattern stands on the section's date. */
    public enum PatternState { PAST, IN_FORCE, PLANNED }

    /** One pattern as the history shows it; only a planned one may be removed. */
    public record PatternLine(AttendancePattern pattern, String text, PatternState state, boolean removable) {
    }

    private final ParticipantDetailViewModel detail;
    private final ParticipantService participants;
    private final Messages messages;
    private final ObservableList<PatternLine> patterns = FXCollections.observableArrayList();
    private final StringProperty inForce = new SimpleStringProperty(this, "inForce", "");
    private final PatternFormModel patternForm;
    private final ObservableList<ParticipantAbsence> calls = FXCollections.observableArrayList();
    private final CallFormModel callForm;
    private final ObservableList<LocalDate> extraDays = FXCollections.observableArrayList();
    private final StringProperty extraDate = new SimpleStringProperty(this, "extraDate", "");
    private final ObservableMap<String, String> extraErrors = FXCollections.observableHashMap();
    private List<AttendancePattern> stored = List.of();

    AttendanceViewModel(ParticipantDetailViewModel detail, ParticipantService participants, Messages messages) {
        this.detail = detail;
        this.participants = participants;
        this.messages = messages;
        this.patternForm = new PatternFormModel(messages);
        this.callForm = new CallFormModel(messages);
    }

    /** A participant's patterns, calls and extra days as stored. */
    record Lists(List<AttendancePattern> patterns, List<ParticipantAbsence> calls, List<LocalDate> extraDays) {

        static Lists read(ParticipantService participants, long id) {
            return new Lists(participants.patterns(id), participants.absencesOf(id), participants.extraDays(id));
        }
    }

    void fill(Lists loaded) {
        show(loaded);
        LocalDate today = today();
        patternForm.reset(today, ParticipantService.patternOn(stored, today).map(AttendancePattern::days)
                .orElse(Set.of()));
        callForm.reset(today);
        extraDate.set("");
        extraErrors.clear();
    }

    private void show(Lists loaded) {
        List<AttendancePattern> all = loaded.patterns();
        stored = List.copyOf(all);
        LocalDate today = today();
        Optional<AttendancePattern> now = ParticipantListViewModel.shownPattern(all, today);
        List<PatternLine> lines = new ArrayList<>();
        for (AttendancePattern p : all.reversed()) {
            PatternState state = p.validFrom().isAfter(today) ? PatternState.PLANNED
                    : now.filter(n -> n.id() == p.id()).isPresent() ? PatternState.IN_FORCE : PatternState.PAST;
            lines.add(new PatternLine(p, messages.format("participant.pattern.line." + state,
                    messages.shortDate(p.validFrom()), days(p)), state,
                    state == PatternState.PLANNED && all.size() > 1));
        }
        patterns.setAll(lines);
        inForce.set(now.map(p -> p.validFrom().isAfter(today)
                ? messages.format("participant.pattern.notYet", messages.shortDate(p.validFrom()), days(p))
                : messages.format("participant.pattern.now", days(p)))
                .orElse(messages.get("participant.pattern.none")));
        calls.setAll(loaded.calls());
        extraDays.setAll(loaded.extraDays());
    }

    private String days(AttendancePattern p) {
        return p.days().isEmpty() ? messages.get("participant.pattern.noDays")
                : WeekdayNames.of(p.days(), messages.locale());
    }

    private LocalDate today() {
        return detail.dateProperty().get();
    }

    /** Reads the attendance again after a change, leaving the profile form as it is. */
    private void refresh(long id) {
        detail.load(() -> Lists.read(participants, id), loaded -> {
            if (detail.isOpen(id)) {
                show(loaded);
            }
            detail.stored();
        });
    }

    // --- weekday patterns ------------------------------------------------------------------------

    /** Stores "from <date> on: <days>"; a pattern that starts that same day is replaced. */
    public void addPattern() {
        if (detail.participantProperty().get() == null) {
            return;
        }
        long id = detail.id();
        patternForm.parse().ifPresent(draft -> {
            Optional<AttendancePattern> replaced = stored.stream()
                    .filter(p -> p.validFrom().equals(draft.from())).findFirst();
            detail.save(() -> {
                participants.setPattern(id, draft.from(), draft.days());
                return true;
            }, done -> {
                if (detail.isOpen(id)) {
                    detail.pushUndo("participant.undo.pattern", () -> {
                        if (replaced.isPresent()) {
                            participants.setPattern(id, draft.from(), replaced.get().days());
                        } else {
                            participants.patterns(id).stream().filter(p -> p.validFrom().equals(draft.from()))
                                    .findFirst().ifPresent(p -> participants.removePattern(id, p.id()));
                        }
                    });
                }
                refresh(id);
            }, patternForm.errors(), PatternFormModel::field);
        });
    }

    /** Removes a planned pattern (the days stay as they were); a pattern in force or past stays. */
    public void removePattern(PatternLine line) {
        if (line == null || !line.removable() || detail.participantProperty().get() == null) {
            return;
        }
        long id = detail.id();
        AttendancePattern p = line.pattern();
        detail.save(() -> {
            participants.removePattern(id, p.id());
            return true;
        }, done -> {
            if (detail.isOpen(id)) {
                detail.pushUndo("participant.undo.pattern", () -> participants.setPattern(id, p.validFrom(), p.days()));
            }
            refresh(id);
        }, patternForm.errors(), PatternFormModel::field);
    }

    // --- "not coming" calls -----------------------------------------------------------------------

    public void addCall() {
        if (detail.participantProperty().get() == null) {
            return;
        }
        long id = detail.id();
        callForm.parse().ifPresent(draft -> detail.save(
                () -> participants.recordAbsence(id, draft.from(), draft.to(), draft.reason(), draft.note()),
                call -> {
                    if (detail.isOpen(id)) {
                        callForm.reset(today());
                        detail.pushUndo("undo.absenceAdded", () -> participants.removeAbsence(call.id()));
                    }
                    refresh(id);
                }, callForm.errors(), CallFormModel::field));
    }

    public void removeCall(ParticipantAbsence call) {
        if (call == null || detail.participantProperty().get() == null) {
            return;
        }
        long id = detail.id();
        detail.save(() -> {
            participants.removeAbsence(call.id());
            return true;
        }, done -> {
            if (detail.isOpen(id)) {
                detail.pushUndo("undo.absenceRemoved", () -> participants.restoreAbsence(call));
            }
            refresh(id);
        }, callForm.errors(), CallFormModel::field);
    }

    /** "27/11/2026" for one day, "27/11/2026 – 07/12/2026" for a period. */
    public String period(ParticipantAbsence call) {
        return call.from().equals(call.to()) ? messages.shortDate(call.from())
                : messages.shortDate(call.from()) + " – " + messages.shortDate(call.to());
    }

    // --- extra days ------------------------------------------------------------------------------

    /** Adds the typed date as an extra day; refused when it already is one or is a usual day. */
    public void addExtraDay() {
        if (detail.participantProperty().get() == null) {
            return;
        }
        long id = detail.id();
        extraErrors.clear();
        Optional<LocalDate> day = DateText.parse(extraDate.get());
        if (day.isEmpty()) {
            extraErrors.put(FIELD_EXTRA_DATE, messages.get("validation.date"));
            return;
        }
        if (extraDays.contains(day.get())) {
            extraErrors.put(FIELD_EXTRA_DATE, messages.get("participant.extra.exists"));
            return;
        }
        if (ParticipantService.patternOn(stored, day.get()).filter(p -> p.includes(day.get().getDayOfWeek())).isPresent()) {
            extraErrors.put(FIELD_EXTRA_DATE, messages.format("participant.extra.usualDay",
                    day.get().getDayOfWeek().getDisplayName(TextStyle.FULL_STANDALONE, messages.locale())));
            return;
        }
        detail.save(() -> {
            participants.addExtraDay(id, day.get());
            return true;
        }, done -> {
            if (detail.isOpen(id)) {
                extraDate.set("");
                detail.pushUndo("participant.undo.extraDay", () -> participants.removeExtraDay(id, day.get()));
            }
            refresh(id);
        }, extraErrors, f -> FIELD_EXTRA_DATE);
    }

    public void removeExtraDay(LocalDate day) {
        if (day == null || detail.participantProperty().get() == null) {
            return;
        }
        long id = detail.id();
        detail.save(() -> {
            participants.removeExtraDay(id, day);
            return true;
        }, done -> {
            if (detail.isOpen(id)) {
                detail.pushUndo("participant.undo.extraDay", () -> participants.addExtraDay(id, day));
            }
            refresh(id);
        }, extraErrors, f -> FIELD_EXTRA_DATE);
    }

    // --- properties ------------------------------------------------------------------------------

    /** Newest first: planned changes, the pattern in force, then the past ones. */
    public ObservableList<PatternLine> patterns() {
        return patterns;
    }

    /** "Comes on Mon Wed Fri." on the section's date. */
    public StringProperty inForceProperty() {
        return inForce;
    }

    public PatternFormModel patternForm() {
        return patternForm;
    }

    /** Newest first. */
    public ObservableList<ParticipantAbsence> calls() {
        return calls;
    }

    public CallFormModel callForm() {
        return callForm;
    }

    /** Newest first. */
    public ObservableList<LocalDate> extraDays() {
        return extraDays;
    }

    public StringProperty extraDateProperty() {
        return extraDate;
    }

    public ObservableMap<String, String> extraErrors() {
        return extraErrors;
    }
}
