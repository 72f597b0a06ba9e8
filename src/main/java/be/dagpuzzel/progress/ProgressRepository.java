package be.dagpuzzel.progress;

import static be.dagpuzzel.store.jooq.Tables.COACHING_NOTE;
import static be.dagpuzzel.store.jooq.Tables.COMPETENCE;
import static be.dagpuzzel.store.jooq.Tables.COMPETENCE_RATING;
import static be.dagpuzzel.store.jooq.Tables.GUIDANCE_SESSION;
import static be.dagpuzzel.store.jooq.Tables.INCIDENT;
import static be.dagpuzzel.store.jooq.Tables.INCIDENT_STAFF;
import static be.dagpuzzel.store.jooq.Tables.LADDER_STEP;
import static be.dagpuzzel.store.jooq.Tables.MEETING;
import static be.dagpuzzel.store.jooq.Tables.OBSERVATION;
import static be.dagpuzzel.store.jooq.Tables.OBSERVATION_COMPETENCE;
import static be.dagpuzzel.store.jooq.Tables.PLACE_ACTUAL;
import static be.dagpuzzel.store.jooq.Tables.POP_GOAL;
import static be.dagpuzzel.store.jooq.Tables.PROGRAMME_RULE;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_ASSIGNMENT;
import static be.dagpuzzel.store.jooq.Tables.ROSTER_SLOT;
import static be.dagpuzzel.store.jooq.Tables.STEP_SIGNOFF;
import static be.dagpuzzel.store.jooq.Tables.TRAINING;
import static be.dagpuzzel.store.jooq.Tables.TRAJECTORY;
import static be.dagpuzzel.store.jooq.Tables.TRANSITION_PHASE;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.YearMonth;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.jooq.DSLContext;
import org.jooq.Record;

import be.dagpuzzel.review.Rating;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.staff.Programme;

/** The progress tables (migration V7), and the hours per task type read from the rosters. */
public final class ProgressRepository {

    // ---- programme rules

    public Map<Programme, ProgrammeRule> rules(DSLContext dsl) {
        Map<Programme, ProgrammeRule> result = new EnumMap<>(Programme.class);
        for (Programme p : Programme.values()) {
            result.put(p, ProgrammeRule.none(p));
        }
        dsl.selectFrom(PROGRAMME_RULE).forEach(r -> {
            try {
                Programme p = Programme.valueOf(r.getProgramme());
                result.put(p, new ProgrammeRule(p, Optional.ofNullable(r.getDurationMonths()),
                        Optional.ofNullable(r.getExtendedMonths()), Optional.ofNullable(r.getMeetingEveryMonths())));
            } catch (IllegalArgumentException unknown) {
                // a programme this version does not know: ignored
            }
        });
        return result;
    }

    public void saveRule(DSLContext dsl, ProgrammeRule rule) {
        dsl.deleteFrom(PROGRAMME_RULE).where(PROGRAMME_RULE.PROGRAMME.eq(rule.programme().name())).execute();
        dsl.insertInto(PROGRAMME_RULE).set(PROGRAMME_RULE.PROGRAMME, rule.programme().name())
                .set(PROGRAMME_RULE.DURATION_MONTHS, rule.durationMonths().orElse(null))
                .set(PROGRAMME_RULE.EXTENDED_MONTHS, rule.extendedMonths().orElse(null))
                .set(PROGRAMME_RULE.MEETING_EVERY_MONTHS, rule.meetingEveryMonths().orElse(null)).execute();
    }

    // ---- trajectory and transition

    public Optional<Trajectory> trajectory(DSLContext dsl, long staffId) {
        return dsl.selectFrom(TRAJECTORY).where(TRAJECTORY.STAFF_ID.eq(staffId)).fetchOptional(r -> new Trajectory(
                r.getStaffId(), r.getStartDate(), Optional.ofNullable(r.getDecidedEnd()), r.getExtended(),
                r.getTargetJob(), r.getTargetEmployer(), r.getGuidanceTargetHours(),
                Optional.ofNullable(r.getCarePracticeTargetHours())));
    }

    public Map<Long, Trajectory> trajectories(DSLContext dsl) {
        Map<Long, Trajectory> result = new HashMap<>();
        dsl.selectFrom(TRAJECTORY).forEach(r -> result.put(r.getStaffId(), new Trajectory(r.getStaffId(),
                r.getStartDate(), Optional.ofNullable(r.getDecidedEnd()), r.getExtended(), r.getTargetJob(),
                r.getTargetEmployer(), r.getGuidanceTargetHours(), Optional.ofNullable(r.getCarePracticeTargetHours()))));
        return result;
    }

    public void saveTrajectory(DSLContext dsl, Trajectory t) {
        int updated = dsl.update(TRAJECTORY).set(TRAJECTORY.START_DATE, t.start())
                .set(TRAJECTORY.DECIDED_END, t.decidedEnd().orElse(null)).set(TRAJECTORY.EXTENDED, t.extended())
                .set(TRAJECTORY.TARGET_JOB, t.targetJob()).set(TRAJECTORY.TARGET_EMPLOYER, t.targetEmployer())
                .set(TRAJECTORY.GUIDANCE_TARGET_HOURS, t.guidanceTargetHours())
                .set(TRAJECTORY.CARE_PRACTICE_TARGET_HOURS, t.carePracticeTargetHours().orElse(null))
                .where(TRAJECTORY.STAFF_ID.eq(t.staffId())).execute();
        if (updated == 0) {
            dsl.insertInto(TRAJECTORY).set(TRAJECTORY.STAFF_ID, t.staffId()).set(TRAJECTORY.START_DATE, t.start())
                    .set(TRAJECTORY.DECIDED_END, t.decidedEnd().orElse(null)).set(TRAJECTORY.EXTENDED, t.extended())
                    .set(TRAJECTORY.TARGET_JOB, t.targetJob()).set(TRAJECTORY.TARGET_EMPLOYER, t.targetEmployer())
                    .set(TRAJECTORY.GUIDANCE_TARGET_HOURS, t.guidanceTargetHours())
                    .set(TRAJECTORY.CARE_PRACTICE_TARGET_HOURS, t.carePracticeTargetHours().orElse(null)).execute();
        }
    }

    public List<TransitionPhase> phases(DSLContext dsl, long staffId) {
        return dsl.selectFrom(TRANSITION_PHASE).where(TRANSITION_PHASE.STAFF_ID.eq(staffId))
                .orderBy(TRANSITION_PHASE.FROM_DATE).fetch(r -> new TransitionPhase(r.getStaffId(),
                        Phase.valueOf(r.getPhase()), r.getFromDate(), Optional.ofNullable(r.getToDate()), r.getNote()));
    }

    public void savePhase(DSLContext dsl, TransitionPhase p) {
        removePhase(dsl, p.staffId(), p.phase());
        dsl.insertInto(TRANSITION_PHASE).set(TRANSITION_PHASE.STAFF_ID, p.staffId())
                .set(TRANSITION_PHASE.PHASE, p.phase().name()).set(TRANSITION_PHASE.FROM_DATE, p.from())
                .set(TRANSITION_PHASE.TO_DATE, p.to().orElse(null)).set(TRANSITION_PHASE.NOTE, p.note()).execute();
    }

    public void removePhase(DSLContext dsl, long staffId, Phase phase) {
        dsl.deleteFrom(TRANSITION_PHASE).where(TRANSITION_PHASE.STAFF_ID.eq(staffId))
                .and(TRANSITION_PHASE.PHASE.eq(phase.name())).execute();
    }

    public List<GuidanceSession> guidance(DSLContext dsl, long staffId) {
        return dsl.selectFrom(GUIDANCE_SESSION).where(GUIDANCE_SESSION.STAFF_ID.eq(staffId))
                .orderBy(GUIDANCE_SESSION.HELD_ON, GUIDANCE_SESSION.ID).fetch(r -> new GuidanceSession(r.getId(),
                        r.getStaffId(), r.getHeldOn(), r.getHours(), r.getNote()));
    }

    public long insertGuidance(DSLContext dsl, GuidanceSession g) {
        var insert = dsl.insertInto(GUIDANCE_SESSION).set(GUIDANCE_SESSION.STAFF_ID, g.staffId())
                .set(GUIDANCE_SESSION.HELD_ON, g.heldOn()).set(GUIDANCE_SESSION.HOURS, g.hours())
                .set(GUIDANCE_SESSION.NOTE, g.note());
        if (g.id() > 0) {
            insert = insert.set(GUIDANCE_SESSION.ID, g.id());
        }
        return insert.returning(GUIDANCE_SESSION.ID).fetchOne().getId();
    }

    public Optional<GuidanceSession> removeGuidance(DSLContext dsl, long id) {
        Optional<GuidanceSession> was = dsl.selectFrom(GUIDANCE_SESSION).where(GUIDANCE_SESSION.ID.eq(id))
                .fetchOptional(r -> new GuidanceSession(r.getId(), r.getStaffId(), r.getHeldOn(), r.getHours(), r.getNote()));
        dsl.deleteFrom(GUIDANCE_SESSION).where(GUIDANCE_SESSION.ID.eq(id)).execute();
        return was;
    }

    // ---- ladders

    public List<LadderStep> steps(DSLContext dsl) {
        return dsl.selectFrom(LADDER_STEP).orderBy(LADDER_STEP.TASK_TYPE_ID, LADDER_STEP.STEP_ORDER)
                .fetch(r -> new LadderStep(r.getId(), r.getTaskTypeId(), r.getStepOrder(), Optional.ofNullable(r.getCode()),
                        Optional.ofNullable(r.getName()), OnboardingStage.valueOf(r.getStage()),
                        Optional.ofNullable(r.getGuideDays())));
    }

    public long insertStep(DSLContext dsl, LadderStep s) {
        return dsl.insertInto(LADDER_STEP).set(LADDER_STEP.TASK_TYPE_ID, s.taskTypeId())
                .set(LADDER_STEP.STEP_ORDER, s.order()).set(LADDER_STEP.NAME, s.name().orElse(null))
                .set(LADDER_STEP.STAGE, s.stage().name()).set(LADDER_STEP.GUIDE_DAYS, s.guideDays().orElse(null))
                .returning(LADDER_STEP.ID).fetchOne().getId();
    }

    public void updateStep(DSLContext dsl, LadderStep s) {
        dsl.update(LADDER_STEP).set(LADDER_STEP.STEP_ORDER, s.order()).set(LADDER_STEP.NAME, s.name().orElse(null))
                .set(LADDER_STEP.STAGE, s.stage().name()).set(LADDER_STEP.GUIDE_DAYS, s.guideDays().orElse(null))
                .where(LADDER_STEP.ID.eq(s.id())).execute();
    }

    /** Moves every step of a task type out of the way of the unique order (before renumbering). */
    public void parkOrders(DSLContext dsl, long taskTypeId) {
        dsl.update(LADDER_STEP).set(LADDER_STEP.STEP_ORDER, LADDER_STEP.STEP_ORDER.plus(10_000))
                .where(LADDER_STEP.TASK_TYPE_ID.eq(taskTypeId)).execute();
    }

    public void removeStep(DSLContext dsl, long stepId) {
        dsl.deleteFrom(LADDER_STEP).where(LADDER_STEP.ID.eq(stepId)).execute();
    }

    public int signoffCount(DSLContext dsl, long stepId) {
        return dsl.fetchCount(STEP_SIGNOFF, STEP_SIGNOFF.STEP_ID.eq(stepId));
    }

    public List<StepSignoff> signoffs(DSLContext dsl, Collection<Long> staffIds) {
        return dsl.selectFrom(STEP_SIGNOFF).where(STEP_SIGNOFF.STAFF_ID.in(staffIds))
                .orderBy(STEP_SIGNOFF.SIGNED_ON, STEP_SIGNOFF.ID).fetch(r -> new StepSignoff(r.getId(), r.getStaffId(),
                        r.getStepId(), r.getSignedOn(), r.getSignedBy(), r.getNote()));
    }

    public List<StepSignoff> allSignoffs(DSLContext dsl) {
        return dsl.selectFrom(STEP_SIGNOFF).orderBy(STEP_SIGNOFF.SIGNED_ON, STEP_SIGNOFF.ID).fetch(r -> new StepSignoff(
                r.getId(), r.getStaffId(), r.getStepId(), r.getSignedOn(), r.getSignedBy(), r.getNote()));
    }

    public long insertSignoff(DSLContext dsl, StepSignoff s) {
        var insert = dsl.insertInto(STEP_SIGNOFF).set(STEP_SIGNOFF.STAFF_ID, s.staffId())
                .set(STEP_SIGNOFF.STEP_ID, s.stepId()).set(STEP_SIGNOFF.SIGNED_ON, s.signedOn())
                .set(STEP_SIGNOFF.SIGNED_BY, s.signedBy()).set(STEP_SIGNOFF.NOTE, s.note());
        if (s.id() > 0) {
            insert = insert.set(STEP_SIGNOFF.ID, s.id());
        }
        return insert.returning(STEP_SIGNOFF.ID).fetchOne().getId();
    }

    public Optional<StepSignoff> removeSignoff(DSLContext dsl, long id) {
        Optional<StepSignoff> was = dsl.selectFrom(STEP_SIGNOFF).where(STEP_SIGNOFF.ID.eq(id)).fetchOptional(r ->
                new StepSignoff(r.getId(), r.getStaffId(), r.getStepId(), r.getSignedOn(), r.getSignedBy(), r.getNote()));
        dsl.deleteFrom(STEP_SIGNOFF).where(STEP_SIGNOFF.ID.eq(id)).execute();
        return was;
    }

    // ---- competences

    public List<Competence> competences(DSLContext dsl) {
        return dsl.selectFrom(COMPETENCE).orderBy(COMPETENCE.SORT_ORDER, COMPETENCE.ID).fetch(r -> new Competence(
                r.getId(), Optional.ofNullable(r.getCode()), Optional.ofNullable(r.getName()),
                Optional.ofNullable(r.getTaskTypeId()), r.getActive(), r.getSortOrder()));
    }

    public long insertCompetence(DSLContext dsl, Competence c) {
        return dsl.insertInto(COMPETENCE).set(COMPETENCE.NAME, c.name().orElse(null))
                .set(COMPETENCE.TASK_TYPE_ID, c.taskTypeId().orElse(null)).set(COMPETENCE.ACTIVE, c.active())
                .set(COMPETENCE.SORT_ORDER, c.order()).returning(COMPETENCE.ID).fetchOne().getId();
    }

    public void updateCompetence(DSLContext dsl, Competence c) {
        dsl.update(COMPETENCE).set(COMPETENCE.NAME, c.name().orElse(null))
                .set(COMPETENCE.TASK_TYPE_ID, c.taskTypeId().orElse(null)).set(COMPETENCE.ACTIVE, c.active())
                .set(COMPETENCE.SORT_ORDER, c.order()).where(COMPETENCE.ID.eq(c.id())).execute();
    }

    public List<CompetenceRating> ratings(DSLContext dsl, long staffId) {
        return dsl.selectFrom(COMPETENCE_RATING).where(COMPETENCE_RATING.STAFF_ID.eq(staffId))
                .orderBy(COMPETENCE_RATING.RATED_ON, COMPETENCE_RATING.ID).fetch(r -> new CompetenceRating(r.getId(),
                        r.getStaffId(), r.getCompetenceId(), r.getRatedOn(), r.getGrade(), r.getNote(), r.getRatedBy()));
    }

    public long insertRating(DSLContext dsl, CompetenceRating c) {
        var insert = dsl.insertInto(COMPETENCE_RATING).set(COMPETENCE_RATING.STAFF_ID, c.staffId())
                .set(COMPETENCE_RATING.COMPETENCE_ID, c.competenceId()).set(COMPETENCE_RATING.RATED_ON, c.ratedOn())
                .set(COMPETENCE_RATING.GRADE, (short) c.level()).set(COMPETENCE_RATING.NOTE, c.note())
                .set(COMPETENCE_RATING.RATED_BY, c.ratedBy());
        if (c.id() > 0) {
            insert = insert.set(COMPETENCE_RATING.ID, c.id());
        }
        return insert.returning(COMPETENCE_RATING.ID).fetchOne().getId();
    }

    public Optional<CompetenceRating> removeRating(DSLContext dsl, long id) {
        Optional<CompetenceRating> was = dsl.selectFrom(COMPETENCE_RATING).where(COMPETENCE_RATING.ID.eq(id))
                .fetchOptional(r -> new CompetenceRating(r.getId(), r.getStaffId(), r.getCompetenceId(), r.getRatedOn(),
                        r.getGrade(), r.getNote(), r.getRatedBy()));
        dsl.deleteFrom(COMPETENCE_RATING).where(COMPETENCE_RATING.ID.eq(id)).execute();
        return was;
    }

    /** The worker's review feedback, newest first, with the competences each is linked to. */
    public List<Evidence> evidence(DSLContext dsl, long staffId) {
        Map<Long, Set<Long>> links = new HashMap<>();
        dsl.select(OBSERVATION_COMPETENCE.OBSERVATION_ID, OBSERVATION_COMPETENCE.COMPETENCE_ID)
                .from(OBSERVATION_COMPETENCE).join(OBSERVATION).on(OBSERVATION.ID.eq(OBSERVATION_COMPETENCE.OBSERVATION_ID))
                .where(OBSERVATION.STAFF_ID.eq(staffId))
                .forEach(r -> links.computeIfAbsent(r.value1(), k -> new HashSet<>()).add(r.value2()));
        return dsl.selectFrom(OBSERVATION).where(OBSERVATION.STAFF_ID.eq(staffId))
                .orderBy(OBSERVATION.OBSERVED_ON.desc(), OBSERVATION.ID.desc())
                .fetch(r -> new Evidence(r.getId(), r.getObservedOn(), Optional.ofNullable(r.getTaskTypeId()),
                        r.getTaskLabel(), Rating.valueOf(r.getRating()), r.getNote(),
                        links.getOrDefault(r.getId(), Set.of())));
    }

    public Optional<Long> observationOwner(DSLContext dsl, long observationId) {
        return dsl.select(OBSERVATION.STAFF_ID).from(OBSERVATION).where(OBSERVATION.ID.eq(observationId))
                .fetchOptional(r -> r.value1());
    }

    public void link(DSLContext dsl, long observationId, long competenceId, boolean linked) {
        dsl.deleteFrom(OBSERVATION_COMPETENCE).where(OBSERVATION_COMPETENCE.OBSERVATION_ID.eq(observationId))
                .and(OBSERVATION_COMPETENCE.COMPETENCE_ID.eq(competenceId)).execute();
        if (linked) {
            dsl.insertInto(OBSERVATION_COMPETENCE).set(OBSERVATION_COMPETENCE.OBSERVATION_ID, observationId)
                    .set(OBSERVATION_COMPETENCE.COMPETENCE_ID, competenceId).execute();
        }
    }

    // ---- development plan, meetings, training, notes

    public List<PopGoal> goals(DSLContext dsl, Collection<Long> staffIds) {
        return dsl.selectFrom(POP_GOAL).where(POP_GOAL.STAFF_ID.in(staffIds)).orderBy(POP_GOAL.SET_ON, POP_GOAL.ID)
                .fetch(r -> new PopGoal(r.getId(), r.getStaffId(), r.getDescription(), Optional.ofNullable(r.getTaskTypeId()),
                        Optional.ofNullable(r.getCompetenceId()), r.getSetOn(), Optional.ofNullable(r.getTargetDate()),
                        GoalStatus.valueOf(r.getStatus()), Optional.ofNullable(r.getClosedOn())));
    }

    public long saveGoal(DSLContext dsl, PopGoal g) {
        if (g.id() > 0 && dsl.fetchExists(POP_GOAL, POP_GOAL.ID.eq(g.id()))) {
            dsl.update(POP_GOAL).set(POP_GOAL.DESCRIPTION, g.description())
                    .set(POP_GOAL.TASK_TYPE_ID, g.taskTypeId().orElse(null))
                    .set(POP_GOAL.COMPETENCE_ID, g.competenceId().orElse(null)).set(POP_GOAL.SET_ON, g.setOn())
                    .set(POP_GOAL.TARGET_DATE, g.targetDate().orElse(null)).set(POP_GOAL.STATUS, g.status().name())
                    .set(POP_GOAL.CLOSED_ON, g.closedOn().orElse(null)).where(POP_GOAL.ID.eq(g.id())).execute();
            return g.id();
        }
        var insert = dsl.insertInto(POP_GOAL).set(POP_GOAL.STAFF_ID, g.staffId()).set(POP_GOAL.DESCRIPTION, g.description())
                .set(POP_GOAL.TASK_TYPE_ID, g.taskTypeId().orElse(null))
                .set(POP_GOAL.COMPETENCE_ID, g.competenceId().orElse(null)).set(POP_GOAL.SET_ON, g.setOn())
                .set(POP_GOAL.TARGET_DATE, g.targetDate().orElse(null)).set(POP_GOAL.STATUS, g.status().name())
                .set(POP_GOAL.CLOSED_ON, g.closedOn().orElse(null));
        if (g.id() > 0) {
            insert = insert.set(POP_GOAL.ID, g.id());
        }
        return insert.returning(POP_GOAL.ID).fetchOne().getId();
    }

    public void removeGoal(DSLContext dsl, long id) {
        dsl.deleteFrom(POP_GOAL).where(POP_GOAL.ID.eq(id)).execute();
    }

    public List<Meeting> meetings(DSLContext dsl, Collection<Long> staffIds) {
        return dsl.selectFrom(MEETING).where(MEETING.STAFF_ID.in(staffIds)).orderBy(MEETING.PLANNED_ON, MEETING.ID)
                .fetch(r -> new Meeting(r.getId(), r.getStaffId(), MeetingKind.valueOf(r.getKind()), r.getPlannedOn(),
                        Optional.ofNullable(r.getHeldOn()), r.getNotes(), r.getAgreements()));
    }

    public long saveMeeting(DSLContext dsl, Meeting m) {
        if (m.id() > 0 && dsl.fetchExists(MEETING, MEETING.ID.eq(m.id()))) {
            dsl.update(MEETING).set(MEETING.KIND, m.kind().name()).set(MEETING.PLANNED_ON, m.plannedOn())
                    .set(MEETING.HELD_ON, m.heldOn().orElse(null)).set(MEETING.NOTES, m.notes())
                    .set(MEETING.AGREEMENTS, m.agreements()).where(MEETING.ID.eq(m.id())).execute();
            return m.id();
        }
        var insert = dsl.insertInto(MEETING).set(MEETING.STAFF_ID, m.staffId()).set(MEETING.KIND, m.kind().name())
                .set(MEETING.PLANNED_ON, m.plannedOn()).set(MEETING.HELD_ON, m.heldOn().orElse(null))
                .set(MEETING.NOTES, m.notes()).set(MEETING.AGREEMENTS, m.agreements());
        if (m.id() > 0) {
            insert = insert.set(MEETING.ID, m.id());
        }
        return insert.returning(MEETING.ID).fetchOne().getId();
    }

    public void removeMeeting(DSLContext dsl, long id) {
        dsl.deleteFrom(MEETING).where(MEETING.ID.eq(id)).execute();
    }

    public List<Training> trainings(DSLContext dsl, long staffId) {
        return dsl.selectFrom(TRAINING).where(TRAINING.STAFF_ID.eq(staffId)).orderBy(TRAINING.FROM_DATE, TRAINING.ID)
                .fetch(r -> new Training(r.getId(), r.getStaffId(), r.getTitle(), r.getFromDate(), r.getToDate(),
                        r.getHours(), r.getProvider()));
    }

    public long insertTraining(DSLContext dsl, Training t) {
        var insert = dsl.insertInto(TRAINING).set(TRAINING.STAFF_ID, t.staffId()).set(TRAINING.TITLE, t.title())
                .set(TRAINING.FROM_DATE, t.from()).set(TRAINING.TO_DATE, t.to()).set(TRAINING.HOURS, t.hours())
                .set(TRAINING.PROVIDER, t.provider());
        if (t.id() > 0) {
            insert = insert.set(TRAINING.ID, t.id());
        }
        return insert.returning(TRAINING.ID).fetchOne().getId();
    }

    public Optional<Training> removeTraining(DSLContext dsl, long id) {
        Optional<Training> was = dsl.selectFrom(TRAINING).where(TRAINING.ID.eq(id)).fetchOptional(r -> new Training(
                r.getId(), r.getStaffId(), r.getTitle(), r.getFromDate(), r.getToDate(), r.getHours(), r.getProvider()));
        dsl.deleteFrom(TRAINING).where(TRAINING.ID.eq(id)).execute();
        return was;
    }

    public List<CoachingNote> notes(DSLContext dsl, long staffId) {
        return dsl.selectFrom(COACHING_NOTE).where(COACHING_NOTE.STAFF_ID.eq(staffId))
                .orderBy(COACHING_NOTE.WRITTEN_ON.desc(), COACHING_NOTE.ID.desc()).fetch(r -> new CoachingNote(r.getId(),
                        r.getStaffId(), r.getWrittenOn(), r.getNote(), r.getConfidential(), r.getWrittenBy()));
    }

    public long insertNote(DSLContext dsl, CoachingNote n) {
        var insert = dsl.insertInto(COACHING_NOTE).set(COACHING_NOTE.STAFF_ID, n.staffId())
                .set(COACHING_NOTE.WRITTEN_ON, n.writtenOn()).set(COACHING_NOTE.NOTE, n.note())
                .set(COACHING_NOTE.CONFIDENTIAL, n.confidential()).set(COACHING_NOTE.WRITTEN_BY, n.writtenBy());
        if (n.id() > 0) {
            insert = insert.set(COACHING_NOTE.ID, n.id());
        }
        return insert.returning(COACHING_NOTE.ID).fetchOne().getId();
    }

    public Optional<CoachingNote> removeNote(DSLContext dsl, long id) {
        Optional<CoachingNote> was = dsl.selectFrom(COACHING_NOTE).where(COACHING_NOTE.ID.eq(id)).fetchOptional(r ->
                new CoachingNote(r.getId(), r.getStaffId(), r.getWrittenOn(), r.getNote(), r.getConfidential(),
                        r.getWrittenBy()));
        dsl.deleteFrom(COACHING_NOTE).where(COACHING_NOTE.ID.eq(id)).execute();
        return was;
    }

    /** Incidents a worker was involved in, as (id, date, kind, what happened). */
    public List<be.dagpuzzel.review.Incident> incidentsOf(DSLContext dsl, long staffId) {
        return dsl.select(INCIDENT.ID, INCIDENT.INCIDENT_DATE, INCIDENT.INCIDENT_TIME, INCIDENT.KIND,
                        INCIDENT.WHAT_HAPPENED, INCIDENT.ACTION_TAKEN, INCIDENT.FOLLOW_UP_NEEDED, INCIDENT.FOLLOW_UP_DONE)
                .from(INCIDENT).join(INCIDENT_STAFF).on(INCIDENT_STAFF.INCIDENT_ID.eq(INCIDENT.ID))
                .where(INCIDENT_STAFF.STAFF_ID.eq(staffId)).orderBy(INCIDENT.INCIDENT_DATE)
                .fetch(r -> new be.dagpuzzel.review.Incident(r.value1(), r.value2(), Optional.ofNullable(r.value3()),
                        be.dagpuzzel.review.IncidentKind.valueOf(r.value4()), r.value5(), r.value6(), r.value7(),
                        r.value8(), List.of(), List.of(staffId)));
    }

    // ---- hours from the rosters

    /**
     * Minutes per month and task type that {@code staffId} worked up to {@code until}: the places the
     * roster gave them, unless the review says someone else took the place, with the review's actual
     * start and end; plus the places the review says they took over from someone else.
     */
    public TaskHours hours(DSLContext dsl, long staffId, LocalDate until) {
        Map<YearMonth, Map<Long, Integer>> result = new HashMap<>();
        worked(dsl, staffId, org.jooq.impl.DSL.noCondition(), ROSTER_SLOT.ROSTER_DATE.le(until),
                (day, task, minutes) -> result.computeIfAbsent(YearMonth.from(day), k -> new HashMap<>())
                        .merge(task, minutes, Integer::sum));
        return new TaskHours(result);
    }

    /** Minutes per task type that {@code staffId} worked from {@code from} to {@code to} (both included), counted as {@link #hours}. */
    public Map<Long, Integer> minutesPerTask(DSLContext dsl, long staffId, LocalDate from, LocalDate to) {
        Map<Long, Integer> result = new HashMap<>();
        worked(dsl, staffId, ROSTER_SLOT.ROSTER_DATE.ge(from), ROSTER_SLOT.ROSTER_DATE.le(to),
                (day, task, minutes) -> result.merge(task, minutes, Integer::sum));
        return result;
    }

    private interface WorkedPlace {
        void add(LocalDate day, long taskTypeId, int minutes);
    }

    private static void worked(DSLContext dsl, long staffId, org.jooq.Condition from, org.jooq.Condition until,
                               WorkedPlace sink) {
        var planned = dsl.select(ROSTER_SLOT.ROSTER_DATE, ROSTER_SLOT.TASK_TYPE_ID, ROSTER_SLOT.START_TIME,
                        ROSTER_SLOT.END_TIME, PLACE_ACTUAL.ACTUAL_STAFF_ID, PLACE_ACTUAL.ACTUAL_START, PLACE_ACTUAL.ACTUAL_END)
                .from(ROSTER_ASSIGNMENT).join(ROSTER_SLOT).on(ROSTER_SLOT.ID.eq(ROSTER_ASSIGNMENT.SLOT_ID))
                .leftJoin(PLACE_ACTUAL).on(PLACE_ACTUAL.SLOT_ID.eq(ROSTER_ASSIGNMENT.SLOT_ID)
                        .and(PLACE_ACTUAL.POSITION.eq(ROSTER_ASSIGNMENT.POSITION)))
                .where(ROSTER_ASSIGNMENT.STAFF_ID.eq(staffId)).and(from).and(until)
                .fetch();
        for (Record r : planned) {
            Long actual = r.get(PLACE_ACTUAL.ACTUAL_STAFF_ID);
            if (actual != null && actual != staffId) {
                continue;
            }
            add(sink, r.get(ROSTER_SLOT.ROSTER_DATE), r.get(ROSTER_SLOT.TASK_TYPE_ID), r.get(ROSTER_SLOT.START_TIME),
                    r.get(ROSTER_SLOT.END_TIME), r.get(PLACE_ACTUAL.ACTUAL_START), r.get(PLACE_ACTUAL.ACTUAL_END));
        }
        var takenOver = dsl.select(ROSTER_SLOT.ROSTER_DATE, ROSTER_SLOT.TASK_TYPE_ID, ROSTER_SLOT.START_TIME,
                        ROSTER_SLOT.END_TIME, PLACE_ACTUAL.ACTUAL_START, PLACE_ACTUAL.ACTUAL_END)
                .from(PLACE_ACTUAL).join(ROSTER_SLOT).on(ROSTER_SLOT.ID.eq(PLACE_ACTUAL.SLOT_ID))
                .leftJoin(ROSTER_ASSIGNMENT).on(ROSTER_ASSIGNMENT.SLOT_ID.eq(PLACE_ACTUAL.SLOT_ID)
                        .and(ROSTER_ASSIGNMENT.POSITION.eq(PLACE_ACTUAL.POSITION)))
                .where(PLACE_ACTUAL.ACTUAL_STAFF_ID.eq(staffId)).and(from).and(until)
                .and(ROSTER_ASSIGNMENT.STAFF_ID.isNull().or(ROSTER_ASSIGNMENT.STAFF_ID.ne(staffId)))
                .fetch();
        for (Record r : takenOver) {
            add(sink, r.get(ROSTER_SLOT.ROSTER_DATE), r.get(ROSTER_SLOT.TASK_TYPE_ID), r.get(ROSTER_SLOT.START_TIME),
                    r.get(ROSTER_SLOT.END_TIME), r.get(PLACE_ACTUAL.ACTUAL_START), r.get(PLACE_ACTUAL.ACTUAL_END));
        }
    }

    private static void add(WorkedPlace sink, LocalDate day, long taskTypeId, LocalTime start, LocalTime end,
                            LocalTime actualStart, LocalTime actualEnd) {
        LocalTime from = actualStart != null ? actualStart : start;
        LocalTime to = actualEnd != null ? actualEnd : end;
        int minutes = (int) Math.max(0, Duration.between(from, to).toMinutes());
        if (minutes > 0) {
            sink.add(day, taskTypeId, minutes);
        }
    }

    /** Guidance hours per worker, for the overview. */
    public Map<Long, BigDecimal> guidanceTotals(DSLContext dsl) {
        Map<Long, BigDecimal> result = new HashMap<>();
        dsl.select(GUIDANCE_SESSION.STAFF_ID, org.jooq.impl.DSL.sum(GUIDANCE_SESSION.HOURS)).from(GUIDANCE_SESSION)
                .groupBy(GUIDANCE_SESSION.STAFF_ID).forEach(r -> result.put(r.value1(), r.value2()));
        return result;
    }

    /** Whether a person has progress records: then they are archived, never deleted. */
    public boolean hasHistory(DSLContext dsl, long staffId) {
        return dsl.fetchExists(TRAJECTORY, TRAJECTORY.STAFF_ID.eq(staffId))
                || dsl.fetchExists(STEP_SIGNOFF, STEP_SIGNOFF.STAFF_ID.eq(staffId))
                || dsl.fetchExists(COMPETENCE_RATING, COMPETENCE_RATING.STAFF_ID.eq(staffId))
                || dsl.fetchExists(POP_GOAL, POP_GOAL.STAFF_ID.eq(staffId))
                || dsl.fetchExists(MEETING, MEETING.STAFF_ID.eq(staffId))
                || dsl.fetchExists(TRAINING, TRAINING.STAFF_ID.eq(staffId))
                || dsl.fetchExists(COACHING_NOTE, COACHING_NOTE.STAFF_ID.eq(staffId))
                || dsl.fetchExists(GUIDANCE_SESSION, GUIDANCE_SESSION.STAFF_ID.eq(staffId))
                || dsl.fetchExists(TRANSITION_PHASE, TRANSITION_PHASE.STAFF_ID.eq(staffId));
    }
}
