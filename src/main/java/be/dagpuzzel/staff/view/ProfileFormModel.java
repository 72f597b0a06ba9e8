package be.dagpuzzel.staff.view;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableMap;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.staff.DutchLevel;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffProfile;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.ui.Messages;

/**
 * A staff member's profile as typed: text for dates and hours so that a half-typed value is
 * never lost, parsed into a {@link StaffProfile} when the field is left.
 */
public final class ProfileFormModel {

    private final Messages messages;
    private final StringProperty firstName = new SimpleStringProperty(this, "firstName", "");
    private final StringProperty lastName = new SimpleStringProperty(this, "lastName", "");
    private final StringProperty phone = new SimpleStringProperty(this, "phone", "");
    private final ObjectProperty<Programme> programme = new SimpleObjectProperty<>(this, "programme", Programme.REGULAR);
    private final StringProperty employer = new SimpleStringProperty(this, "employer", "");
    private final StringProperty startDate = new SimpleStringProperty(this, "startDate", "");
    private final StringProperty endDate = new SimpleStringProperty(this, "endDate", "");
    private final StringProperty hours = new SimpleStringProperty(this, "hours", "");
    private final ObjectProperty<PersonChoice> coach = new SimpleObjectProperty<>(this, "coach");
    private final ObjectProperty<DutchLevel> dutchLevel = new SimpleObjectProperty<>(this, "dutchLevel", DutchLevel.FLUENT);
    private final StringProperty notes = new SimpleStringProperty(this, "notes", "");
    private final StringProperty strengths = new SimpleStringProperty(this, "strengths", "");
    private final ObservableList<PersonChoice> coaches = FXCollections.observableArrayList();
    private final ObservableMap<String, String> errors = FXCollections.observableHashMap();
    private final StringProperty warning = new SimpleStringProperty(this, "warning", "");

    public ProfileFormModel(Messages messages) {
        this.messages = messages;
    }

    public void fill(StaffProfile p, List<PersonChoice> coachChoices) {
        PersonChoice nobody = new PersonChoice(0, messages.get("staff.coach.none"));
        List<PersonChoice> all = new ArrayList<>();
        all.add(nobody);
        all.addAll(coachChoices);
        coaches.setAll(all);
        firstName.set(p.firstName());
        lastName.set(p.lastName());
        phone.set(p.phone());
        programme.set(p.programme());
        employer.set(p.employer());
        startDate.set(messages.shortDate(p.startDate()));
        endDate.set(p.endDate().map(messages::shortDate).orElse(""));
        hours.set(p.hoursPerWeek().map(h -> {
            java.text.NumberFormat format = java.text.NumberFormat.getNumberInstance(messages.locale());
            format.setMaximumFractionDigits(2);
            format.setGroupingUsed(false);
            return format.format(h);
        }).orElse(""));
        coach.set(p.coachId().flatMap(id -> all.stream().filter(c -> c.id() == id).findFirst()).orElse(nobody));
        dutchLevel.set(p.dutchLevel());
        notes.set(p.notes());
        strengths.set(p.strengths());
        errors.clear();
        warning.set("");
    }

    /**
     * What can be stored of the typed profile: the typed values, except that a field with an error
     * keeps its {@code stored} value. So one wrong field never costs the other edits; the wrong one
     * stays in its field with its message. Empty when even that does not pass the checks.
     */
    public Optional<StaffProfile> storable(Long id, StaffProfile stored) {
        Optional<StaffProfile> typed = parse(id);
        if (typed.isPresent()) {
            return typed;
        }
        java.util.Set<String> wrong = java.util.Set.copyOf(errors.keySet());
        Optional<LocalDate> start = DateText.parse(startDate.get());
        Optional<LocalDate> end = blank(endDate.get()) ? Optional.empty() : DateText.parse(endDate.get());
        StaffProfile merged = new StaffProfile(
                pick(wrong, StaffService.FIELD_FIRST_NAME, firstName.get(), stored.firstName()),
                pick(wrong, StaffService.FIELD_LAST_NAME, lastName.get(), stored.lastName()),
                phone.get(), programme.get(), employer.get(),
                wrong.contains(StaffService.FIELD_START) ? stored.startDate() : start.orElse(stored.startDate()),
                wrong.contains(StaffService.FIELD_END) ? stored.endDate() : end,
                wrong.contains(StaffService.FIELD_HOURS) ? stored.hoursPerWeek() : hoursValue(),
                wrong.contains(StaffService.FIELD_COACH) ? stored.coachId()
                        : Optional.ofNullable(coach.get()).filter(c -> !c.isNobody()).map(PersonChoice::id),
                dutchLevel.get(), notes.get(), strengths.get());
        try {
            StaffService.validate(merged, id);
            return Optional.of(merged);
        } catch (ValidationException e) {
            return Optional.empty();
        }
    }

    private static String pick(java.util.Set<String> wrong, String field, String typed, String stored) {
        return wrong.contains(field) ? stored : typed;
    }

    /** The hours typed, empty when blank; null inside when not a number. */
    private Optional<BigDecimal> hoursValue() {
        if (blank(hours.get())) {
            return Optional.empty();
        }
        try {
            return Optional.of(new BigDecimal(hours.get().strip().replace(',', '.')));
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The typed profile, or empty with {@link #errors()} filled. */
    public Optional<StaffProfile> parse(Long id) {
        List<FieldError> problems = new ArrayList<>();
        Optional<LocalDate> start = DateText.parse(startDate.get());
        if (start.isEmpty()) {
            problems.add(FieldError.of(StaffService.FIELD_START, "validation.date"));
        }
        Optional<LocalDate> end = Optional.empty();
        if (!blank(endDate.get())) {
            end = DateText.parse(endDate.get());
            if (end.isEmpty()) {
                problems.add(FieldError.of(StaffService.FIELD_END, "validation.date"));
            }
        }
        Optional<BigDecimal> weekly = Optional.empty();
        if (!blank(hours.get())) {
            try {
                weekly = Optional.of(new BigDecimal(hours.get().strip().replace(',', '.')));
            } catch (NumberFormatException e) {
                problems.add(FieldError.of(StaffService.FIELD_HOURS, "validation.between", 1, 60));
            }
        }
        Optional<Long> coachId = Optional.ofNullable(coach.get()).filter(c -> !c.isNobody()).map(PersonChoice::id);
        StaffProfile profile = new StaffProfile(firstName.get(), lastName.get(), phone.get(), programme.get(),
                employer.get(), start.orElse(null), end, weekly, coachId, dutchLevel.get(), notes.get(), strengths.get());
        try {
            if (problems.isEmpty()) {
                StaffService.validate(profile, id);
            }
        } catch (ValidationException e) {
            problems.addAll(e.errors());
        }
        errors.clear();
        problems.forEach(p -> errors.putIfAbsent(p.field(), messages.text(p)));
        return problems.isEmpty() ? Optional.of(profile) : Optional.empty();
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    public StringProperty firstNameProperty() {
        return firstName;
    }

    public StringProperty lastNameProperty() {
        return lastName;
    }

    public StringProperty phoneProperty() {
        return phone;
    }

    public ObjectProperty<Programme> programmeProperty() {
        return programme;
    }

    public StringProperty employerProperty() {
        return employer;
    }

    public StringProperty startDateProperty() {
        return startDate;
    }

    public StringProperty endDateProperty() {
        return endDate;
    }

    public StringProperty hoursProperty() {
        return hours;
    }

    public ObjectProperty<PersonChoice> coachProperty() {
        return coach;
    }

    public ObservableList<PersonChoice> coaches() {
        return coaches;
    }

    public ObjectProperty<DutchLevel> dutchLevelProperty() {
        return dutchLevel;
    }

    public StringProperty notesProperty() {
        return notes;
    }

    public StringProperty strengthsProperty() {
        return strengths;
    }

    public ObservableMap<String, String> errors() {
        return errors;
    }

    /** A duplicate name: shown, but the profile is stored anyway. */
    public StringProperty warningProperty() {
        return warning;
    }
}
