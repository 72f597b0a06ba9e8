package be.dagpuzzel.review;

import static be.dagpuzzel.store.jooq.Tables.INCIDENT;
import static be.dagpuzzel.store.jooq.Tables.INCIDENT_PARTICIPANT;
import static be.dagpuzzel.store.jooq.Tables.INCIDENT_STAFF;
import static be.dagpuzzel.store.jooq.Tables.OBSERVATION;
import static be.dagpuzzel.store.jooq.Tables.PLACE_ACTUAL;
import static be.dagpuzzel.store.jooq.Tables.REMINDER;
import static be.dagpuzzel.store.jooq.Tables.REVIEW_MARK;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

import be.dagpuzzel.store.jooq.tables.records.IncidentRecord;
import be.dagpuzzel.store.jooq.tables.records.ObservationRecord;
import be.dagpuzzel.store.jooq.tables.records.ReminderRecord;

/** The review tables: actuals per roster place, observations, incidents with their people, reminders, reviewed days. */
public final class ReviewRepository {

    static final String SOURCE_REVIEW = "REVIEW";

    // ---- actuals

    public List<PlaceActual> actuals(DSLContext dsl, LocalDate date) {
        return dsl.selectFrom(PLACE_ACTUAL).where(PLACE_ACTUAL.REVIEW_DATE.eq(date))
                .fetch(r -> new PlaceActual(r.getReviewDate(), r.getSlotId(), r.getPosition(),
                        Optional.ofNullable(r.getActualStaffId()), Optional.ofNullable(r.getActualStart()),
                        Optional.ofNullable(r.getActualEnd()), r.getNote()));
    }

    public List<PlaceActual> actualNotesBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.selectFrom(PLACE_ACTUAL).where(PLACE_ACTUAL.REVIEW_DATE.between(from, to))
                .and(PLACE_ACTUAL.NOTE.ne("")).orderBy(PLACE_ACTUAL.REVIEW_DATE)
                .fetch(r -> new PlaceActual(r.getReviewDate(), r.getSlotId(), r.getPosition(),
                        Optional.ofNullable(r.getActualStaffId()), Optional.ofNullable(r.getActualStart()),
                        Optional.ofNullable(r.getActualEnd()), r.getNote()));
    }

    /** Stores the actual of a place; one as planned leaves no row. */
    public void saveActual(DSLContext dsl, PlaceActual a) {
        dsl.deleteFrom(PLACE_ACTUAL).where(PLACE_ACTUAL.SLOT_ID.eq(a.slotId()))
                .and(PLACE_ACTUAL.POSITION.eq(a.position())).execute();
        if (!a.isAsPlanned()) {
            dsl.insertInto(PLACE_ACTUAL).set(PLACE_ACTUAL.REVIEW_DATE, a.date()).set(PLACE_ACTUAL.SLOT_ID, a.slotId())
                    .set(PLACE_ACTUAL.POSITION, a.position()).set(PLACE_ACTUAL.ACTUAL_STAFF_ID, a.actualStaffId().orElse(null))
                    .set(PLACE_ACTUAL.ACTUAL_START, a.start().orElse(null)).set(PLACE_ACTUAL.ACTUAL_END, a.end().orElse(null))
                    .set(PLACE_ACTUAL.NOTE, a.note()).execute();
        }
    }

    // ---- observations

    public List<Observation> observations(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.selectFrom(OBSERVATION).where(OBSERVATION.OBSERVED_ON.between(from, to))
                .orderBy(OBSERVATION.OBSERVED_ON, OBSERVATION.ID).fetch(ReviewRepository::toObservation);
    }

    public Optional<Observation> observation(DSLContext dsl, long id) {
        return dsl.selectFrom(OBSERVATION).where(OBSERVATION.ID.eq(id)).fetchOptional(ReviewRepository::toObservation);
    }

    private static Observation toObservation(ObservationRecord r) {
        return new Observation(r.getId(), r.getObservedOn(), r.getStaffId(), Optional.ofNullable(r.getTaskTypeId()),
                r.getTaskLabel(), Rating.valueOf(r.getRating()), r.getNote());
    }

    public long insertObservation(DSLContext dsl, Observation o) {
        ObservationRecord r = dsl.newRecord(OBSERVATION);
        r.setObservedOn(o.date());
        r.setStaffId(o.staffId());
        r.setSource(SOURCE_REVIEW);
        r.setTaskTypeId(o.taskTypeId().orElse(null));
        r.setTaskLabel(o.taskLabel());
        r.setRating(o.rating().name());
        r.setNote(o.note());
        r.store();
        return r.getId();
    }

    /** Changes rating, sentence and task of a stored line; false when there is no such line. */
    public boolean updateObservation(DSLContext dsl, Observation o) {
        return dsl.update(OBSERVATION).set(OBSERVATION.RATING, o.rating().name()).set(OBSERVATION.NOTE, o.note())
                .set(OBSERVATION.TASK_TYPE_ID, o.taskTypeId().orElse(null)).set(OBSERVATION.TASK_LABEL, o.taskLabel())
                .set(OBSERVATION.UPDATED_AT, DSL.currentLocalDateTime())
                .where(OBSERVATION.ID.eq(o.id())).execute() == 1;
    }

    public void deleteObservation(DSLContext dsl, long id) {
        dsl.deleteFrom(OBSERVATION).where(OBSERVATION.ID.eq(id)).execute();
    }

    // ---- incidents

    public List<Incident> incidents(DSLContext dsl, Condition condition) {
        List<IncidentRecord> rows = dsl.selectFrom(INCIDENT).where(condition)
                .orderBy(INCIDENT.INCIDENT_DATE, INCIDENT.INCIDENT_TIME.asc().nullsLast(), INCIDENT.ID).fetch();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(IncidentRecord::getId).toList();
        Map<Long, List<Long>> participants = new HashMap<>();
        dsl.selectFrom(INCIDENT_PARTICIPANT).where(INCIDENT_PARTICIPANT.INCIDENT_ID.in(ids))
                .orderBy(INCIDENT_PARTICIPANT.PARTICIPANT_ID)
                .forEach(r -> participants.computeIfAbsent(r.getIncidentId(), k -> new ArrayList<>()).add(r.getParticipantId()));
        Map<Long, List<Long>> staff = new HashMap<>();
        dsl.selectFrom(INCIDENT_STAFF).where(INCIDENT_STAFF.INCIDENT_ID.in(ids)).orderBy(INCIDENT_STAFF.STAFF_ID)
                .forEach(r -> staff.computeIfAbsent(r.getIncidentId(), k -> new ArrayList<>()).add(r.getStaffId()));
        return rows.stream().map(r -> new Incident(r.getId(), r.getIncidentDate(), Optional.ofNullable(r.getIncidentTime()),
                IncidentKind.valueOf(r.getKind()), r.getWhatHappened(), r.getActionTaken(), r.getFollowUpNeeded(),
                r.getFollowUpDone(), participants.getOrDefault(r.getId(), List.of()), staff.getOrDefault(r.getId(), List.of())))
                .toList();
    }

    public List<Incident> incidentsOn(DSLContext dsl, LocalDate date) {
        return incidents(dsl, INCIDENT.INCIDENT_DATE.eq(date));
    }

    public List<Incident> incidentsBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        return incidents(dsl, INCIDENT.INCIDENT_DATE.between(from, to));
    }

    /** Incidents before {@code date} whose follow-up is needed and not done. */
    public List<Incident> openFollowUps(DSLContext dsl, LocalDate date) {
        return incidents(dsl, INCIDENT.INCIDENT_DATE.lt(date).and(INCIDENT.FOLLOW_UP_NEEDED.isTrue())
                .and(INCIDENT.FOLLOW_UP_DONE.isFalse()));
    }

    public Optional<Incident> incident(DSLContext dsl, long id) {
        return incidents(dsl, INCIDENT.ID.eq(id)).stream().findFirst();
    }

    /** Inserts or (with an id) replaces an incident and its people; returns its id. */
    public long saveIncident(DSLContext dsl, Incident i, LocalDateTime now) {
        IncidentRecord r = i.id() == 0 ? dsl.newRecord(INCIDENT) : dsl.fetchSingle(INCIDENT, INCIDENT.ID.eq(i.id()));
        r.setIncidentDate(i.date());
        r.setIncidentTime(i.time().orElse(null));
        r.setKind(i.kind().name());
        r.setWhatHappened(i.whatHappened());
        r.setActionTaken(i.actionTaken());
        r.setFollowUpNeeded(i.followUpNeeded());
        boolean wasDone = Boolean.TRUE.equals(r.getFollowUpDone());
        r.setFollowUpDone(i.followUpDone());
        if (i.followUpDone() != wasDone || r.getFollowUpDoneAt() == null) {
            r.setFollowUpDoneAt(i.followUpDone() ? now : null);
        }
        r.store();
        long id = r.getId();
        dsl.deleteFrom(INCIDENT_PARTICIPANT).where(INCIDENT_PARTICIPANT.INCIDENT_ID.eq(id)).execute();
        dsl.deleteFrom(INCIDENT_STAFF).where(INCIDENT_STAFF.INCIDENT_ID.eq(id)).execute();
        for (long p : i.participantIds().stream().distinct().toList()) {
            dsl.insertInto(INCIDENT_PARTICIPANT).set(INCIDENT_PARTICIPANT.INCIDENT_ID, id)
                    .set(INCIDENT_PARTICIPANT.PARTICIPANT_ID, p).execute();
        }
        for (long s : i.staffIds().stream().distinct().toList()) {
            dsl.insertInto(INCIDENT_STAFF).set(INCIDENT_STAFF.INCIDENT_ID, id).set(INCIDENT_STAFF.STAFF_ID, s).execute();
        }
        return id;
    }

    public void setFollowUpDone(DSLContext dsl, long id, boolean done, LocalDateTime at) {
        dsl.update(INCIDENT).set(INCIDENT.FOLLOW_UP_DONE, done).set(INCIDENT.FOLLOW_UP_DONE_AT, done ? at : null)
                .where(INCIDENT.ID.eq(id)).execute();
    }

    public void deleteIncident(DSLContext dsl, long id) {
        dsl.deleteFrom(INCIDENT).where(INCIDENT.ID.eq(id)).execute();
    }

    // ---- reminders

    public List<Reminder> remindersWrittenOn(DSLContext dsl, LocalDate date) {
        return dsl.selectFrom(REMINDER).where(REMINDER.WRITTEN_ON.eq(date)).orderBy(REMINDER.ID)
                .fetch(ReviewRepository::toReminder);
    }

    /** Reminders due on or before {@code date} and not ticked off, oldest first. */
    public List<Reminder> openReminders(DSLContext dsl, LocalDate date) {
        return dsl.selectFrom(REMINDER).where(REMINDER.DONE.isFalse()).and(REMINDER.DUE_DATE.le(date))
                .orderBy(REMINDER.DUE_DATE, REMINDER.ID).fetch(ReviewRepository::toReminder);
    }

    public List<Reminder> remindersBetween(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.selectFrom(REMINDER).where(REMINDER.WRITTEN_ON.between(from, to))
                .orderBy(REMINDER.WRITTEN_ON, REMINDER.ID).fetch(ReviewRepository::toReminder);
    }

    public Optional<Reminder> reminder(DSLContext dsl, long id) {
        return dsl.selectFrom(REMINDER).where(REMINDER.ID.eq(id)).fetchOptional(ReviewRepository::toReminder);
    }

    private static Reminder toReminder(ReminderRecord r) {
        return new Reminder(r.getId(), r.getWrittenOn(), r.getNote(), Optional.ofNullable(r.getForStaffId()),
                r.getDueDate(), r.getDone(), Optional.ofNullable(r.getDoneAt()));
    }

    /** Inserts a reminder; with {@code keepId} (putting back a deleted one) under its old id. */
    public long insertReminder(DSLContext dsl, Reminder reminder, boolean keepId) {
        ReminderRecord r = dsl.newRecord(REMINDER);
        if (keepId) {
            r.setId(reminder.id());
        }
        r.setWrittenOn(reminder.writtenOn());
        r.setNote(reminder.text());
        r.setForStaffId(reminder.forStaffId().orElse(null));
        r.setDueDate(reminder.due());
        r.setDone(reminder.done());
        r.setDoneAt(reminder.doneAt().orElse(null));
        r.store();
        return r.getId();
    }

    public void setReminderDone(DSLContext dsl, long id, boolean done, LocalDateTime at) {
        dsl.update(REMINDER).set(REMINDER.DONE, done).set(REMINDER.DONE_AT, done ? at : null)
                .where(REMINDER.ID.eq(id)).execute();
    }

    public void deleteReminder(DSLContext dsl, long id) {
        dsl.deleteFrom(REMINDER).where(REMINDER.ID.eq(id)).execute();
    }

    // ---- reviewed days

    public Optional<LocalDateTime> reviewedAt(DSLContext dsl, LocalDate date) {
        return dsl.select(REVIEW_MARK.REVIEWED_AT).from(REVIEW_MARK).where(REVIEW_MARK.REVIEW_DATE.eq(date))
                .fetchOptional(REVIEW_MARK.REVIEWED_AT);
    }

    public List<LocalDate> reviewedDays(DSLContext dsl, LocalDate from, LocalDate to) {
        return dsl.select(REVIEW_MARK.REVIEW_DATE).from(REVIEW_MARK).where(REVIEW_MARK.REVIEW_DATE.between(from, to))
                .fetch(REVIEW_MARK.REVIEW_DATE);
    }

    public void mark(DSLContext dsl, LocalDate date, LocalDateTime at) {
        unmark(dsl, date);
        dsl.insertInto(REVIEW_MARK).set(REVIEW_MARK.REVIEW_DATE, date).set(REVIEW_MARK.REVIEWED_AT, at).execute();
    }

    public void unmark(DSLContext dsl, LocalDate date) {
        dsl.deleteFrom(REVIEW_MARK).where(REVIEW_MARK.REVIEW_DATE.eq(date)).execute();
    }

    // ---- staff history

    /** Someone with feedback, incidents, reminders or actuals on record is archived, not deleted. */
    public boolean hasHistory(DSLContext dsl, long staffId) {
        return dsl.fetchExists(OBSERVATION, OBSERVATION.STAFF_ID.eq(staffId))
                || dsl.fetchExists(INCIDENT_STAFF, INCIDENT_STAFF.STAFF_ID.eq(staffId))
                || dsl.fetchExists(REMINDER, REMINDER.FOR_STAFF_ID.eq(staffId))
                || dsl.fetchExists(PLACE_ACTUAL, PLACE_ACTUAL.ACTUAL_STAFF_ID.eq(staffId));
    }
}
