package be.dagpuzzel.staff;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.DSLContext;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.TimeRange;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.store.Store;

/**
 * The staff register: who works here, when they are available, their absences, skills and task
 * preferences. Every change is checked first and stored in one transaction.
 */
public final class StaffService {

    public static final String FIELD_FIRST_NAME = "firstName";
    public static final String FIELD_LAST_NAME = "lastName";
    public static final String FIELD_START = "startDate";
    public static final String FIELD_END = "endDate";
    public static final String FIELD_HOURS = "hoursPerWeek";
    public static final String FIELD_COACH = "coach";
    public static final String FIELD_VALID_FROM = "validFrom";
    public static final String FIELD_FROM = "from";
    public static final String FIELD_TO = "to";
    public static final String FIELD_PART = "partOfDay";

    private final Store store;
    private final StaffRepository repository;
    private final List<StaffHistory> histories = new ArrayList<>();

    public StaffService(Store store, StaffRepository repository) {
        this.store = store;
        this.repository = repository;
        histories.add(repository::hasAbsences);
    }

    /** Adds a feature's own check for history (roster assignments, reviews, ...). */
    public void addHistory(StaffHistory history) {
        histories.add(history);
    }

    public List<StaffMember> all() {
        return repository.all(store.dsl());
    }

    public Optional<StaffMember> find(long id) {
        return repository.find(store.dsl(), id);
    }

    public StaffDetails details(long id) {
        DSLContext dsl = store.dsl();
        StaffMember member = repository.find(dsl, id).orElseThrow(() -> new IllegalArgumentException("no staff member " + id));
        return new StaffDetails(member, repository.patterns(dsl, id), repository.absences(dsl, id),
                repository.skills(dsl, id), repository.preferences(dsl, id), hasHistory(dsl, id));
    }

    private boolean hasHistory(DSLContext dsl, long id) {
        return histories.stream().anyMatch(h -> h.hasHistory(dsl, id));
    }

    // --- profile ---------------------------------------------------------------------------

    public StaffMember create(StaffProfile profile) {
        validate(profile, null);
        long id = store.transactionResult(dsl -> repository.insert(dsl, profile));
        return new StaffMember(id, profile, false);
    }

    /**
     * Adds several people at once (a spreadsheet import): every profile is checked first, then all
     * are stored in one transaction, so either all of them are in the register or none.
     */
    public List<StaffMember> createAll(List<StaffProfile> profiles) {
        profiles.forEach(p -> validate(p, null));
        return store.transactionResult(dsl -> {
            List<StaffMember> created = new ArrayList<>();
            for (StaffProfile profile : profiles) {
                created.add(new StaffMember(repository.insert(dsl, profile), profile, false));
            }
            return created;
        });
    }

    public StaffMember update(long id, StaffProfile profile) {
        validate(profile, id);
        return store.transactionResult(dsl -> {
            repository.update(dsl, id, profile);
            return repository.find(dsl, id).orElseThrow();
        });
    }

    /** Others with the same first and last name: a warning for the form, not a refusal. */
    public List<StaffMember> sameName(String firstName, String lastName, Long exceptId) {
        String first = firstName == null ? "" : firstName.strip();
        String last = lastName == null ? "" : lastName.strip();
        return all().stream()
                .filter(m -> exceptId == null || m.id() != exceptId)
                .filter(m -> m.profile().firstName().equalsIgnoreCase(first) && m.profile().lastName().equalsIgnoreCase(last))
                .toList();
    }

    public static void validate(StaffProfile p, Long id) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, FIELD_FIRST_NAME, p.firstName(), 100);
        required(errors, FIELD_LAST_NAME, p.lastName(), 100);
        if (p.startDate() == null) {
            errors.add(FieldError.of(FIELD_START, "validation.date"));
        } else if (p.endDate().filter(end -> end.isBefore(p.startDate())).isPresent()) {
            errors.add(FieldError.of(FIELD_END, "validation.endBeforeStart"));
        }
        if (p.hoursPerWeek().filter(h -> h.signum() <= 0 || h.compareTo(BigDecimal.valueOf(60)) > 0).isPresent()) {
            errors.add(FieldError.of(FIELD_HOURS, "validation.between", 1, 60));
        }
        if (id != null && p.coachId().filter(id::equals).isPresent()) {
            errors.add(FieldError.of(FIELD_COACH, "validation.ownCoach"));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value.isEmpty()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    public void archive(long id) {
        store.transaction(dsl -> repository.setArchived(dsl, id, true));
    }

    public void restore(long id) {
        store.transaction(dsl -> repository.setArchived(dsl, id, false));
    }

    /** Deletes someone without history; someone with history must be archived instead. */
    public void delete(long id) {
        store.transaction(dsl -> {
            if (hasHistory(dsl, id)) {
                throw new ValidationException(List.of(FieldError.of("person", "staff.delete.hasHistory")));
            }
            repository.delete(dsl, id);
        });
    }

    /** The last name an erased staff member keeps (the first name becomes "#id"). */
    public static final String ERASED_NAME = StaffErasure.ERASED_NAME;

    /**
     * Erases the personal data of someone who left (GDPR): names (they become "#12 Anoniem"),
     * phone, employer, notes, strengths, weekly hours, coach and Dutch level; every row that is
     * only about them (absences, weekly patterns, skills, preferences, onboarding stages,
     * observations, reminders, and the rows of any table added later that refers to them) is
     * deleted; colleagues they coached keep their record without a coach. Their places on past
     * rosters, what they really did there, extra days and incidents stay, anonymous, so past
     * days' counts and hours reports stay right. The audit trail keeps that their data changed
     * and was erased, not what it was. Only for someone archived, so nobody who still works here
     * is erased by mistake. One transaction: all of it or nothing.
     */
    public void erase(long id) {
        store.transaction(dsl -> {
            StaffMember member = repository.find(dsl, id).orElseThrow();
            if (!member.archived()) {
                throw new ValidationException(List.of(FieldError.of("person", "staff.erase.notArchived")));
            }
            new StaffErasure().erase(dsl, id);
        });
    }

    /** True for a record whose personal data was erased. */
    public static boolean isErased(StaffMember member) {
        return member.archived() && member.profile().lastName().equals(ERASED_NAME)
                && member.profile().firstName().equals("#" + member.id());
    }

    // --- availability ------------------------------------------------------------------------

    /** Stores a weekly pattern from its date on; one with the same date is replaced. */
    public void setAvailability(long staffId, WeeklyAvailability pattern) {
        StaffMember member = find(staffId).orElseThrow();
        if (pattern.validFrom() == null) {
            throw new ValidationException(List.of(FieldError.of(FIELD_VALID_FROM, "validation.date")));
        }
        if (member.profile().endDate().filter(end -> pattern.validFrom().isAfter(end)).isPresent()) {
            throw new ValidationException(List.of(FieldError.of(FIELD_VALID_FROM, "validation.afterContractEnd")));
        }
        store.transaction(dsl -> repository.savePattern(dsl, staffId, pattern));
    }

    public void removeAvailability(long staffId, LocalDate validFrom) {
        store.transaction(dsl -> repository.deletePattern(dsl, staffId, validFrom));
    }

    /** The pattern in force on {@code date}: the latest one that started on or before it. */
    public static Optional<WeeklyAvailability> patternOn(List<WeeklyAvailability> patterns, LocalDate date) {
        return patterns.stream().filter(p -> !p.validFrom().isAfter(date))
                .max(Comparator.comparing(WeeklyAvailability::validFrom));
    }

    // --- absences ------------------------------------------------------------------------------

    public Absence recordAbsence(AbsenceDraft draft) {
        StaffMember member = find(draft.staffId()).orElseThrow();
        List<FieldError> errors = new ArrayList<>();
        if (draft.from() == null) {
            errors.add(FieldError.of(FIELD_FROM, "validation.date"));
        }
        if (draft.to() == null) {
            errors.add(FieldError.of(FIELD_TO, "validation.date"));
        }
        if (errors.isEmpty()) {
            checkAbsencePeriod(draft, member, errors);
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.transactionResult(dsl -> {
            boolean overlaps = repository.absences(dsl, draft.staffId()).stream().anyMatch(a -> overlaps(a, draft));
            if (overlaps) {
                throw new ValidationException(List.of(FieldError.of(FIELD_FROM, "validation.absenceOverlaps")));
            }
            return repository.insertAbsence(dsl, draft);
        });
    }

    private static void checkAbsencePeriod(AbsenceDraft d, StaffMember member, List<FieldError> errors) {
        if (d.to().isBefore(d.from())) {
            errors.add(FieldError.of(FIELD_TO, "validation.endBeforeStart"));
        } else if (d.partOfDay().isPresent() && !d.from().equals(d.to())) {
            errors.add(FieldError.of(FIELD_PART, "validation.partOfOneDay"));
        }
        StaffProfile p = member.profile();
        if (!p.employedOn(d.from()) || !p.employedOn(d.to())) {
            errors.add(FieldError.of(FIELD_FROM, "validation.outsideContract"));
        }
    }

    private static boolean overlaps(Absence a, AbsenceDraft d) {
        boolean datesTouch = !a.from().isAfter(d.to()) && !d.from().isAfter(a.to());
        if (!datesTouch) {
            return false;
        }
        if (a.partOfDay().isPresent() && d.partOfDay().isPresent()) {
            return a.partOfDay().get().overlaps(d.partOfDay().get());
        }
        return true;
    }

    public Absence removeAbsence(long absenceId) {
        return store.transactionResult(dsl -> {
            Absence absence = repository.findAbsence(dsl, absenceId).orElseThrow();
            repository.deleteAbsence(dsl, absenceId);
            return absence;
        });
    }

    /** Puts back an absence that was removed (undo). */
    public Absence restoreAbsence(Absence absence) {
        return recordAbsence(new AbsenceDraft(absence.staffId(), absence.kind(), absence.from(), absence.to(),
                absence.partOfDay(), absence.note()));
    }

    // --- skills and preferences ------------------------------------------------------------

    public void setSkill(long staffId, StaffSkill skill) {
        store.transaction(dsl -> repository.setSkill(dsl, staffId, skill));
    }

    public void removeSkill(long staffId, long skillId) {
        store.transaction(dsl -> repository.removeSkill(dsl, staffId, skillId));
    }

    public void setPreference(long staffId, long taskTypeId, Preference preference) {
        store.transaction(dsl -> repository.setPreference(dsl, staffId, taskTypeId, preference));
    }

    // --- the day -------------------------------------------------------------------------------

    /**
     * Everyone active and under contract on {@code date}, with their scheduled hours and absences:
     * the "who is here" of the roster and the availability column of the list.
     */
    public List<StaffDay> day(LocalDate date) {
        DSLContext dsl = store.dsl();
        Map<Long, List<WeeklyAvailability>> patterns = repository.patterns(dsl);
        List<Absence> absences = repository.absencesBetween(dsl, date, date);
        List<StaffDay> result = new ArrayList<>();
        for (StaffMember m : repository.all(dsl)) {
            if (m.archived() || !m.profile().employedOn(date)) {
                continue;
            }
            Optional<TimeRange> hours = patternOn(patterns.getOrDefault(m.id(), List.of()), date)
                    .flatMap(p -> p.on(date.getDayOfWeek()));
            result.add(new StaffDay(m, hours, absences.stream().filter(a -> a.staffId() == m.id()).toList()));
        }
        return result;
    }

    /** Everyone's skills, for lists and planning rules. */
    public Map<Long, List<StaffSkill>> allSkills() {
        return repository.skills(store.dsl());
    }

    /** Everyone's task preferences (NEUTRAL not listed). */
    public Map<Long, Map<Long, Preference>> allPreferences() {
        return repository.preferences(store.dsl());
    }
}
