package be.dagpuzzel.transport;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.store.Store;

/**
 * The participant register and their attendance: weekday patterns that change from a date,
 * "not coming" calls with a reason and an optional end date, and extra days.
 */
public final class ParticipantService {

    public static final String FIELD_FIRST_NAME = "firstName";
    public static final String FIELD_LAST_NAME = "lastName";
    public static final String FIELD_POSTCODE = "postcode";
    public static final String FIELD_START = "start";
    public static final String FIELD_END = "end";
    public static final String FIELD_LOAD = "load";
    public static final String FIELD_DRIVER_NOTE = "driverNote";
    public static final String FIELD_STOP_ORDER = "stopOrder";
    public static final String FIELD_FROM = "from";
    public static final String FIELD_TO = "to";
    public static final String FIELD_DAYS = "days";

    /** The longest driver note: it must fit one line of a route sheet. */
    public static final int DRIVER_NOTE_MAX = 120;

    private final Store store;
    private final TransportRepository repository;

    public ParticipantService(Store store, TransportRepository repository) {
        this.store = store;
        this.repository = repository;
    }

    public List<Participant> all() {
        return repository.participants(store.dsl());
    }

    public Optional<Participant> find(long id) {
        return repository.participant(store.dsl(), id);
    }

    /** Adds someone who comes on {@code days} from their start date. */
    public Participant add(ParticipantDetails details, Set<DayOfWeek> days) {
        validate(details);
        return store.transactionResult(dsl -> {
            long id = repository.insertParticipant(dsl, details);
            repository.putPattern(dsl, id, details.startDate(), AttendancePattern.toBits(days));
            return repository.participant(dsl, id).orElseThrow();
        });
    }

    /** A participant to add, with the weekdays they come from their start date. */
    public record Newcomer(ParticipantDetails details, Set<DayOfWeek> days) {

        public Newcomer {
            days = Set.copyOf(days);
        }
    }

    /**
     * Adds several participants at once (a spreadsheet import): every one is checked first, then
     * all are stored in one transaction, so either all of them are in the register or none.
     */
    public List<Participant> addAll(List<Newcomer> newcomers) {
        newcomers.forEach(n -> validate(n.details()));
        return store.transactionResult(dsl -> {
            List<Participant> added = new ArrayList<>();
            for (Newcomer n : newcomers) {
                long id = repository.insertParticipant(dsl, n.details());
                repository.putPattern(dsl, id, n.details().startDate(), AttendancePattern.toBits(n.days()));
                added.add(repository.participant(dsl, id).orElseThrow());
            }
            return added;
        });
    }

    public Participant update(long id, ParticipantDetails details) {
        validate(details);
        return store.transactionResult(dsl -> {
            repository.updateParticipant(dsl, id, details);
            return repository.participant(dsl, id).orElseThrow();
        });
    }

    /** Archived participants leave the lists and the runs but keep their history. */
    public void setArchived(long id, boolean archived) {
        store.transaction(dsl -> repository.setArchived(dsl, id, archived));
    }

    /**
     * Erases the personal data of someone who left (GDPR): name, address, coordinates, phones,
     * contact, notes, the note for the driver and the notes of their calls are removed; what stays
     * is anonymous ("Anonymous #12"): the days they came, their calls and run stops as counts.
     * Only for someone archived, so a person who still comes is never erased by mistake.
     */
    public void erase(long id) {
        store.transaction(dsl -> {
            Participant p = repository.participant(dsl, id).orElseThrow();
            if (!p.archived()) {
                throw new ValidationException(List.of(FieldError.of("person", "participant.erase.notArchived")));
            }
            var t = be.dagpuzzel.store.jooq.Tables.PARTICIPANT;
            dsl.update(t).set(t.FIRST_NAME, "#" + id).set(t.LAST_NAME, ERASED_NAME).set(t.STREET, "")
                    .set(t.HOUSE_NUMBER, "").set(t.POSTCODE, "").set(t.MUNICIPALITY, "")
                    .set(t.LATITUDE, (java.math.BigDecimal) null).set(t.LONGITUDE, (java.math.BigDecimal) null)
                    .set(t.PHONE, "").set(t.CONTACT_NAME, "").set(t.CONTACT_PHONE, "").set(t.DRIVER_NOTE, "")
                    .set(t.NOTES, "").set(t.MOBILITY_AID, MobilityAid.NONE.name()).set(t.DOOR_TO_DOOR, false)
                    .set(t.UPDATED_AT, java.time.LocalDateTime.now()).where(t.ID.eq(id)).execute();
            var a = be.dagpuzzel.store.jooq.Tables.PARTICIPANT_ABSENCE;
            dsl.update(a).set(a.NOTE, "").where(a.PARTICIPANT_ID.eq(id)).execute();
            // the trail keeps that the data changed and was erased, not what it was
            var log = be.dagpuzzel.store.jooq.Tables.AUDIT_LOG;
            dsl.update(log).setNull(log.OLD_VALUE).setNull(log.NEW_VALUE).where(log.PERSON_KIND.eq("PARTICIPANT"))
                    .and(log.PERSON_ID.eq(id)).execute();
            dsl.insertInto(log).set(log.CHANGED_AT, java.time.LocalDateTime.now())
                    .set(log.OS_USER, System.getProperty("user.name", "")).set(log.TABLE_NAME, "participant")
                    .set(log.RECORD_ID, id).set(log.PERSON_KIND, "PARTICIPANT").set(log.PERSON_ID, id)
                    .set(log.FIELD, "(erased)").execute();
        });
    }

    /** The last name an erased participant keeps (the first name becomes "#id"). */
    public static final String ERASED_NAME = "Anoniem";

    public static void validate(ParticipantDetails d) {
        List<FieldError> errors = new ArrayList<>();
        required(errors, FIELD_FIRST_NAME, d.firstName(), 100);
        required(errors, FIELD_LAST_NAME, d.lastName(), 100);
        if (!d.address().postcode().isEmpty() && !d.address().postcode().matches("\\d{4}")) {
            errors.add(FieldError.of(FIELD_POSTCODE, "validation.postcode"));
        }
        if (d.startDate() == null) {
            errors.add(FieldError.of(FIELD_START, "validation.date"));
        } else if (d.endDate() != null && d.endDate().isBefore(d.startDate())) {
            errors.add(FieldError.of(FIELD_END, "validation.endBeforeStart"));
        }
        if (d.loadMinutes() < 0 || d.loadMinutes() > 60) {
            errors.add(FieldError.of(FIELD_LOAD, "validation.between", 0, 60));
        }
        if (d.driverNote().length() > DRIVER_NOTE_MAX) {
            errors.add(FieldError.of(FIELD_DRIVER_NOTE, "validation.tooLong", DRIVER_NOTE_MAX));
        }
        if (d.usualStopOrder() != null && (d.usualStopOrder() < 1 || d.usualStopOrder() > 99)) {
            errors.add(FieldError.of(FIELD_STOP_ORDER, "validation.between", 1, 99));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }

    private static void required(List<FieldError> errors, String field, String value, int max) {
        if (value.isBlank()) {
            errors.add(FieldError.of(field, "validation.required"));
        } else if (value.length() > max) {
            errors.add(FieldError.of(field, "validation.tooLong", max));
        }
    }

    // ---- patterns

    public List<AttendancePattern> patterns(long participantId) {
        return repository.patterns(store.dsl(), participantId);
    }

    /** From {@code from} on, the participant comes on {@code days} (replacing a pattern that starts that day). */
    public void setPattern(long participantId, LocalDate from, Set<DayOfWeek> days) {
        if (from == null) {
            throw new ValidationException(List.of(FieldError.of(FIELD_FROM, "validation.date")));
        }
        store.transaction(dsl -> {
            Participant p = repository.participant(dsl, participantId).orElseThrow();
            if (p.endDate().map(from::isAfter).orElse(false)) {
                throw new ValidationException(List.of(FieldError.of(FIELD_FROM, "participant.pattern.afterEnd")));
            }
            repository.putPattern(dsl, participantId, from, AttendancePattern.toBits(days));
        });
    }

    public void removePattern(long participantId, long patternId) {
        store.transaction(dsl -> {
            if (repository.patterns(dsl, participantId).size() <= 1) {
                throw new ValidationException(List.of(FieldError.of(FIELD_DAYS, "participant.pattern.last")));
            }
            repository.deletePattern(dsl, patternId);
        });
    }

    /** The pattern in force on {@code date}, if any. */
    public static Optional<AttendancePattern> patternOn(List<AttendancePattern> patterns, LocalDate date) {
        AttendancePattern found = null;
        for (AttendancePattern p : patterns) {
            if (!p.validFrom().isAfter(date) && (found == null || p.validFrom().isAfter(found.validFrom()))) {
                found = p;
            }
        }
        return Optional.ofNullable(found);
    }

    // ---- not coming, extra days

    public List<ParticipantAbsence> absencesOf(long participantId) {
        return repository.absencesOf(store.dsl(), participantId);
    }

    /**
     * Records a call "not coming" from {@code from} to {@code to} (or just that day). Refused when
     * it overlaps one already recorded, so a second call about the same days is not counted twice.
     */
    public ParticipantAbsence recordAbsence(long participantId, LocalDate from, LocalDate to, AbsenceReason reason,
                                            String note) {
        List<FieldError> errors = new ArrayList<>();
        if (from == null) {
            errors.add(FieldError.of(FIELD_FROM, "validation.date"));
        }
        LocalDate until = to == null ? from : to;
        if (from != null && until.isBefore(from)) {
            errors.add(FieldError.of(FIELD_TO, "validation.endBeforeStart"));
        }
        if (note != null && note.strip().length() > 500) {
            errors.add(FieldError.of("note", "validation.tooLong", 500));
        }
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
        return store.transactionResult(dsl -> {
            boolean overlaps = repository.absences(dsl, from, until).stream()
                    .anyMatch(a -> a.participantId() == participantId);
            if (overlaps) {
                throw new ValidationException(List.of(FieldError.of(FIELD_FROM, "participant.absence.overlaps")));
            }
            ParticipantAbsence a = new ParticipantAbsence(0, participantId, from, until,
                    reason == null ? AbsenceReason.OTHER : reason, note);
            long id = repository.insertAbsence(dsl, a);
            return new ParticipantAbsence(id, participantId, from, until, a.reason(), a.note());
        });
    }

    public void removeAbsence(long absenceId) {
        store.transaction(dsl -> repository.deleteAbsence(dsl, absenceId));
    }

    /** Puts back a removed absence with its old id (undo). */
    public void restoreAbsence(ParticipantAbsence absence) {
        store.transaction(dsl -> repository.insertAbsence(dsl, absence));
    }

    public List<LocalDate> extraDays(long participantId) {
        return repository.extraDaysOf(store.dsl(), participantId);
    }

    public void addExtraDay(long participantId, LocalDate date) {
        if (date == null) {
            throw new ValidationException(List.of(FieldError.of("date", "validation.date")));
        }
        store.transaction(dsl -> repository.addExtraDay(dsl, participantId, date));
    }

    public void removeExtraDay(long participantId, LocalDate date) {
        store.transaction(dsl -> repository.removeExtraDay(dsl, participantId, date));
    }

    // ---- the day

    /** Who is expected on {@code date} and who called off, read in one go. */
    public Attendance attendance(LocalDate date) {
        return attendance(store.dsl(), date);
    }

    Attendance attendance(DSLContext dsl, LocalDate date) {
        List<Participant> everyone = repository.participants(dsl);
        Map<Long, List<AttendancePattern>> patterns = repository.patterns(dsl).stream()
                .collect(Collectors.groupingBy(AttendancePattern::participantId));
        Set<Long> extra = new HashSet<>(repository.extraOn(dsl, date));
        Map<Long, ParticipantAbsence> absent = repository.absences(dsl, date, date).stream()
                .collect(Collectors.toMap(ParticipantAbsence::participantId, a -> a, (a, b) -> a));
        List<Participant> expected = new ArrayList<>();
        for (Participant p : everyone) {
            if (!p.enrolledOn(date)) {
                continue;
            }
            boolean byPattern = patternOn(patterns.getOrDefault(p.id(), List.of()), date)
                    .map(pattern -> pattern.includes(date.getDayOfWeek())).orElse(false);
            if (byPattern || extra.contains(p.id())) {
                expected.add(p);
            }
        }
        return new Attendance(date, expected, absent, extra);
    }

    /** The day's attendance: everyone expected (pattern or extra day), and the calls among them. */
    public record Attendance(LocalDate date, List<Participant> expected, Map<Long, ParticipantAbsence> absent,
                             Set<Long> extra) {

        public Attendance {
            expected = List.copyOf(expected);
            absent = Map.copyOf(absent);
            extra = Set.copyOf(extra);
        }

        public List<Participant> coming() {
            return expected.stream().filter(p -> !absent.containsKey(p.id())).toList();
        }

        public List<Participant> notComing() {
            return expected.stream().filter(p -> absent.containsKey(p.id())).toList();
        }
    }
}
