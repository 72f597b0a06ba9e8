package be.dagpuzzel.progress;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.jooq.DSLContext;

import be.dagpuzzel.core.FieldError;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.settings.TaskCatalogue;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffMember;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.store.Store;

/**
 * The progress of social-economy workers (and anyone learning a task): trajectories with their
 * clock, the transition path, onboarding ladders with sign-offs (which the roster's rules read),
 * competences, the development plan, meetings, training and coaching notes; the progress page of
 * one worker in one read; what is due for everyone. Every edit is stored at once and checked
 * first; a refused edit changes nothing.
 */
public final class ProgressService {

    public static final String FIELD_DATE = "date";
    public static final String FIELD_END = "end";
    public static final String FIELD_TEXT = "text";
    public static final String FIELD_HOURS = "hours";
    public static final String FIELD_LEVEL = "level";
    public static final String FIELD_TARGET = "target";
    public static final String FIELD_NAME = "name";
    public static final String FIELD_MONTHS = "months";
    public static final String FIELD_STEP = "step";
    public static final String FIELD_SIGNED_BY = "signedBy";
    public static final String FIELD_WRITTEN_BY = "writtenBy";
    public static final String FIELD_PROVIDER = "provider";

    /** Meetings coming due within this many days are listed before they are late. */
    public static final int MEETING_NOTICE_DAYS = 30;

    private final Store store;
    private final ProgressRepository repository;
    private final StaffService staff;
    private final TaskCatalogue catalogue;
    private final Clock clock;

    public ProgressService(Store store, ProgressRepository repository, StaffService staff, TaskCatalogue catalogue,
                           Clock clock) {
        this.store = store;
        this.repository = repository;
        this.staff = staff;
        this.catalogue = catalogue;
        this.clock = clock;
        staff.addHistory(repository::hasHistory);
    }

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    // ---- reading

    /** Whom the progress part follows: active social-economy workers, and anyone climbing a ladder. */
    public List<StaffMember> followed() {
        Set<Long> learning = learningNow(store.dsl());
        return staff.all().stream().filter(m -> !m.archived())
                .filter(m -> m.profile().programme().isSocialEconomy() || learning.contains(m.id()))
                .sorted(Comparator.comparing((StaffMember m) -> m.profile().lastName().toLowerCase())
                        .thenComparing(m -> m.profile().firstName().toLowerCase()))
                .toList();
    }

    private Set<Long> learningNow(DSLContext dsl) {
        Map<Long, List<LadderStep>> ladders = ladders(dsl);
        Map<Long, List<StepSignoff>> byStaff = repository.allSignoffs(dsl).stream()
                .collect(Collectors.groupingBy(StepSignoff::staffId));
        return byStaff.entrySet().stream().filter(e -> standings(ladders, e.getValue()).stream()
                .anyMatch(LadderStanding::isLearning)).map(Map.Entry::getKey).collect(Collectors.toSet());
    }

    /** The steps per task type, in order. */
    public Map<Long, List<LadderStep>> ladders() {
        return ladders(store.dsl());
    }

    private Map<Long, List<LadderStep>> ladders(DSLContext dsl) {
        Map<Long, List<LadderStep>> result = new java.util.LinkedHashMap<>();
        repository.steps(dsl).forEach(s -> result.computeIfAbsent(s.taskTypeId(), k -> new ArrayList<>()).add(s));
        return result;
    }

    private static List<LadderStanding> standings(Map<Long, List<LadderStep>> ladders, List<StepSignoff> signoffs) {
        Map<Long, StepSignoff> byStep = signoffs.stream().collect(Collectors.toMap(StepSignoff::stepId, s -> s, (a, b) -> a));
        List<LadderStanding> result = new ArrayList<>();
        ladders.forEach((task, steps) -> {
            Map<Long, StepSignoff> mine = new HashMap<>();
            steps.forEach(s -> {
                if (byStep.containsKey(s.id())) {
                    mine.put(s.id(), byStep.get(s.id()));
                }
            });
            result.add(new LadderStanding(task, steps, mine));
        });
        return result;
    }

    public Map<Programme, ProgrammeRule> rules() {
        return repository.rules(store.dsl());
    }

    public List<Competence> competences() {
        return repository.competences(store.dsl());
    }

    /** The progress page of one worker: everything in one read. */
    public ProgressPage page(long staffId) {
        LocalDate today = today();
        DSLContext dsl = store.dsl();
        StaffMember member = staff.find(staffId).orElseThrow(() -> new ValidationException(
                List.of(FieldError.of("person", "progress.unknownPerson"))));
        Optional<String> coach = member.profile().coachId().flatMap(staff::find).map(StaffMember::fullName);
        Optional<Trajectory> stored = repository.trajectory(dsl, staffId);
        Trajectory trajectory = stored.orElseGet(() -> Trajectory.from(staffId, member.profile().startDate()));
        ProgrammeRule rule = repository.rules(dsl).get(member.profile().programme());
        TrajectoryClock clock = TrajectoryClock.of(trajectory.start(), trajectory.end(rule, member.profile().endDate()), today);
        List<TransitionPhase> phases = repository.phases(dsl, staffId);
        List<GuidanceSession> guidance = repository.guidance(dsl, staffId);
        List<LadderStanding> ladders = standings(ladders(dsl), repository.signoffs(dsl, List.of(staffId)));
        List<Competence> competences = repository.competences(dsl);
        List<CompetenceRating> ratings = repository.ratings(dsl, staffId);
        List<Evidence> evidence = repository.evidence(dsl, staffId);
        List<PopGoal> goals = repository.goals(dsl, List.of(staffId));
        List<Meeting> meetings = repository.meetings(dsl, List.of(staffId));
        List<Training> trainings = repository.trainings(dsl, staffId);
        List<CoachingNote> notes = repository.notes(dsl, staffId);
        TaskHours hours = repository.hours(dsl, staffId, today);
        List<Due> due = due(member, rule, clock, ladders, goals, meetings, trajectory, today);
        List<TimelineEvent> timeline = timeline(trajectory, clock, ladders, meetings, phases, goals, trainings,
                repository.incidentsOf(dsl, staffId));
        return new ProgressPage(member, coach, trajectory, stored.isPresent(), rule, clock, phases, guidance, ladders,
                competences, ratings, evidence, goals, meetings, trainings, notes, hours, due, timeline);
    }

    /**
     * Minutes per task type a worker did from {@code from} to {@code to} (both included), by the
     * rosters with the review's actuals, for a report on a period.
     */
    public Map<Long, Integer> minutesPerTask(long staffId, LocalDate from, LocalDate to) {
        return repository.minutesPerTask(store.dsl(), staffId, from, to);
    }

    /** What is due for everyone followed, soonest first. */
    public List<Due> overview() {
        return overview(followed());
    }

    /** The same for {@code people} as {@link #followed()} gave them (one read fewer for a caller that has both). */
    public List<Due> overview(List<StaffMember> people) {
        LocalDate today = today();
        DSLContext dsl = store.dsl();
        List<Long> ids = people.stream().map(StaffMember::id).toList();
        Map<Programme, ProgrammeRule> rules = repository.rules(dsl);
        Map<Long, Trajectory> trajectories = repository.trajectories(dsl);
        Map<Long, List<LadderStep>> ladders = ladders(dsl);
        Map<Long, List<StepSignoff>> signoffs = repository.signoffs(dsl, ids).stream()
                .collect(Collectors.groupingBy(StepSignoff::staffId));
        Map<Long, List<PopGoal>> goals = repository.goals(dsl, ids).stream().collect(Collectors.groupingBy(PopGoal::staffId));
        Map<Long, List<Meeting>> meetings = repository.meetings(dsl, ids).stream()
                .collect(Collectors.groupingBy(Meeting::staffId));
        List<Due> result = new ArrayList<>();
        for (StaffMember m : people) {
            Trajectory t = trajectories.getOrDefault(m.id(), Trajectory.from(m.id(), m.profile().startDate()));
            ProgrammeRule rule = rules.get(m.profile().programme());
            TrajectoryClock clock = TrajectoryClock.of(t.start(), t.end(rule, m.profile().endDate()), today);
            result.addAll(due(m, rule, clock, standings(ladders, signoffs.getOrDefault(m.id(), List.of())),
                    goals.getOrDefault(m.id(), List.of()), meetings.getOrDefault(m.id(), List.of()), t, today));
        }
        result.sort(Comparator.comparing(Due::date).thenComparing(Due::staffName));
        return result;
    }

    private List<Due> due(StaffMember m, ProgrammeRule rule, TrajectoryClock clock, List<LadderStanding> ladders,
                          List<PopGoal> goals, List<Meeting> meetings, Trajectory trajectory, LocalDate today) {
        List<Due> result = new ArrayList<>();
        String name = m.fullName();
        boolean followed = m.profile().programme().isSocialEconomy();
        if (followed) {
            nextMeeting(rule, meetings, trajectory.start()).ifPresent(d -> {
                Optional<Meeting> planned = meetings.stream().filter(x -> !x.isHeld()).min(Comparator.comparing(Meeting::plannedOn));
                if (planned.isPresent()) {
                    if (planned.get().plannedOn().isBefore(today)) {
                        result.add(new Due(m.id(), name, Due.Kind.MEETING, planned.get().plannedOn(), true,
                                List.of(planned.get().kind())));
                    }
                } else if (!d.isAfter(today.plusDays(MEETING_NOTICE_DAYS))) {
                    Due.MeetingBasis basis = meetings.stream().anyMatch(Meeting::isHeld) ? Due.MeetingBasis.LAST_HELD
                            : Due.MeetingBasis.NONE_HELD;
                    result.add(new Due(m.id(), name, Due.Kind.MEETING, d, d.isBefore(today),
                            List.of(basis, rule.meetingEveryMonths().orElseThrow())));
                }
            });
            if (clock.alert().isWarning()) {
                result.add(new Due(m.id(), name, Due.Kind.TRAJECTORY_END, clock.end().orElseThrow(),
                        clock.alert() == TrajectoryClock.Alert.ENDED, List.of(clock.alert())));
            }
        }
        for (LadderStanding l : ladders) {
            l.nextDueOn().filter(d -> !d.isAfter(today)).ifPresent(d -> result.add(new Due(m.id(), name,
                    Due.Kind.SIGN_OFF, d, d.isBefore(today), List.of(l.next().orElseThrow()))));
        }
        for (PopGoal g : goals) {
            if (g.isPastTarget(today)) {
                result.add(new Due(m.id(), name, Due.Kind.GOAL_PAST_DATE, g.targetDate().orElseThrow(), true, List.of(g)));
            }
        }
        return result;
    }

    /**
     * When the next meeting is due by the programme's rule: that many months after the last one held
     * (or after the start when none was held yet); empty when the programme has no rule.
     */
    public static Optional<LocalDate> nextMeeting(ProgrammeRule rule, List<Meeting> meetings, LocalDate start) {
        return rule.meetingEveryMonths().map(months -> meetings.stream().flatMap(x -> x.heldOn().stream())
                .max(Comparator.naturalOrder()).orElse(start).plusMonths(months));
    }

    private static List<TimelineEvent> timeline(Trajectory t, TrajectoryClock clock, List<LadderStanding> ladders,
                                                List<Meeting> meetings, List<TransitionPhase> phases,
                                                List<PopGoal> goals, List<Training> trainings,
                                                List<be.dagpuzzel.review.Incident> incidents) {
        List<TimelineEvent> events = new ArrayList<>();
        events.add(new TimelineEvent(t.start(), TimelineEvent.Kind.START, t));
        for (LadderStanding l : ladders) {
            for (LadderStep step : l.steps()) {
                StepSignoff s = l.signoffs().get(step.id());
                if (s != null) {
                    events.add(new TimelineEvent(s.signedOn(), TimelineEvent.Kind.SIGN_OFF, step));
                }
            }
        }
        meetings.stream().filter(Meeting::isHeld)
                .forEach(m -> events.add(new TimelineEvent(m.heldOn().orElseThrow(), TimelineEvent.Kind.MEETING, m)));
        phases.forEach(p -> events.add(new TimelineEvent(p.from(), TimelineEvent.Kind.PHASE, p)));
        for (PopGoal g : goals) {
            events.add(new TimelineEvent(g.setOn(), TimelineEvent.Kind.GOAL_SET, g));
            if (g.status() == GoalStatus.ACHIEVED) {
                g.closedOn().ifPresent(d -> events.add(new TimelineEvent(d, TimelineEvent.Kind.GOAL_REACHED, g)));
            }
        }
        trainings.forEach(x -> events.add(new TimelineEvent(x.from(), TimelineEvent.Kind.TRAINING, x)));
        incidents.forEach(i -> events.add(new TimelineEvent(i.date(), TimelineEvent.Kind.INCIDENT, i)));
        clock.end().ifPresent(end -> events.add(new TimelineEvent(end, TimelineEvent.Kind.END, t)));
        events.sort(Comparator.comparing(TimelineEvent::date).thenComparing(TimelineEvent::kind));
        return events;
    }

    // ---- trajectory and transition path

    public void saveTrajectory(Trajectory t) {
        refuseIf(trajectoryErrors(t));
        store.transaction(dsl -> repository.saveTrajectory(dsl, t));
    }

    private static List<FieldError> trajectoryErrors(Trajectory t) {
        List<FieldError> errors = new ArrayList<>();
        t.decidedEnd().filter(end -> !end.isAfter(t.start()))
                .ifPresent(end -> errors.add(FieldError.of(FIELD_END, "progress.trajectory.endBeforeStart")));
        if (t.guidanceTargetHours().signum() <= 0 || t.guidanceTargetHours().compareTo(new BigDecimal("2000")) > 0) {
            errors.add(FieldError.of(FIELD_HOURS, "progress.hours.outOfRange"));
        }
        t.carePracticeTargetHours().filter(h -> h.signum() <= 0 || h.compareTo(new BigDecimal("2000")) > 0)
                .ifPresent(h -> errors.add(FieldError.of("careTarget", "progress.hours.outOfRange")));
        if (t.targetJob().length() > 200 || t.targetEmployer().length() > 200) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.text.tooLong", 200));
        }
        return errors;
    }

    public void savePhase(TransitionPhase p) {
        refuseIf(phaseErrors(p));
        store.transaction(dsl -> repository.savePhase(dsl, p));
    }

    private static List<FieldError> phaseErrors(TransitionPhase p) {
        List<FieldError> errors = new ArrayList<>();
        p.to().filter(to -> to.isBefore(p.from()))
                .ifPresent(to -> errors.add(FieldError.of(FIELD_END, "progress.period.endBeforeStart")));
        if (p.note().length() > 1000) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.text.tooLong", 1000));
        }
        return errors;
    }

    public void removePhase(long staffId, Phase phase) {
        store.transaction(dsl -> repository.removePhase(dsl, staffId, phase));
    }

    public GuidanceSession addGuidance(GuidanceSession g) {
        refuseIf(guidanceErrors(g));
        long id = store.transactionResult(dsl -> repository.insertGuidance(dsl, g));
        return new GuidanceSession(id, g.staffId(), g.heldOn(), g.hours(), g.note());
    }

    private List<FieldError> guidanceErrors(GuidanceSession g) {
        List<FieldError> errors = new ArrayList<>();
        notInFuture(g.heldOn(), errors);
        if (g.hours().signum() <= 0 || g.hours().compareTo(new BigDecimal("24")) > 0) {
            errors.add(FieldError.of(FIELD_HOURS, "progress.guidance.hours"));
        }
        tooLong(FIELD_TEXT, g.note(), 1000, errors);
        return errors;
    }

    public Optional<GuidanceSession> removeGuidance(long id) {
        return store.transactionResult(dsl -> repository.removeGuidance(dsl, id));
    }

    // ---- ladders

    /**
     * Signs off that {@code staffId} reached a step on a day. Not in the future (a step is signed when
     * reached), and not before a lower step of the same ladder was reached.
     */
    public StepSignoff signOff(long staffId, long stepId, LocalDate on, String by, String note) {
        return store.transactionResult(dsl -> {
            List<FieldError> errors = new ArrayList<>();
            notInFuture(on, errors);
            LadderStep step = repository.steps(dsl).stream().filter(s -> s.id() == stepId).findFirst()
                    .orElseThrow(() -> new ValidationException(List.of(FieldError.of(FIELD_STEP, "progress.ladder.noStep"))));
            List<LadderStep> ladder = ladders(dsl).get(step.taskTypeId());
            Set<Long> lower = ladder.stream().filter(s -> s.order() < step.order()).map(LadderStep::id).collect(Collectors.toSet());
            List<StepSignoff> mine = repository.signoffs(dsl, List.of(staffId));
            if (mine.stream().anyMatch(s -> s.stepId() == stepId)) {
                errors.add(FieldError.of(FIELD_STEP, "progress.ladder.alreadySigned"));
            }
            mine.stream().filter(s -> lower.contains(s.stepId()) && s.signedOn().isAfter(on))
                    .max(Comparator.comparing(StepSignoff::signedOn))
                    .ifPresent(s -> errors.add(FieldError.of(FIELD_DATE, "progress.ladder.beforeLowerStep", s.signedOn())));
            if (note != null && note.strip().length() > 500) {
                errors.add(FieldError.of(FIELD_TEXT, "progress.text.tooLong", 500));
            }
            tooLong(FIELD_SIGNED_BY, by, 100, errors);
            refuseIf(errors);
            StepSignoff s = new StepSignoff(0, staffId, stepId, on, by, note);
            long id = repository.insertSignoff(dsl, s);
            return new StepSignoff(id, staffId, stepId, on, s.signedBy(), s.note());
        });
    }

    /** Takes a sign-off back (a mistake); gives what it was, for undo. */
    public Optional<StepSignoff> removeSignoff(long id) {
        return store.transactionResult(dsl -> repository.removeSignoff(dsl, id));
    }

    /** Puts a taken-back sign-off back as it was (undo). */
    public void restoreSignoff(StepSignoff s) {
        store.transaction(dsl -> repository.insertSignoff(dsl, s));
    }

    /** Adds a step at the end of a task type's ladder (Settings); without a name it is called by its stage. */
    public LadderStep addStep(long taskTypeId, String name, OnboardingStage stage, Optional<Integer> guideDays) {
        String clean = name == null ? "" : name.strip();
        List<FieldError> errors = new ArrayList<>();
        if (clean.length() > 100) {
            errors.add(FieldError.of(FIELD_NAME, "progress.text.tooLong", 100));
        }
        guideDays.filter(d -> d < 1 || d > 365).ifPresent(d -> errors.add(FieldError.of(FIELD_MONTHS, "progress.ladder.guideDays")));
        if (stage == OnboardingStage.PRACTISES) {
            errors.add(FieldError.of(FIELD_STEP, "progress.ladder.noSuchStage"));
        }
        refuseIf(errors);
        return store.transactionResult(dsl -> {
            int order = ladders(dsl).getOrDefault(taskTypeId, List.of()).stream().mapToInt(LadderStep::order).max().orElse(0) + 1;
            LadderStep step = new LadderStep(0, taskTypeId, order, Optional.empty(), Optional.of(clean), stage, guideDays);
            long id = repository.insertStep(dsl, step);
            return new LadderStep(id, taskTypeId, order, Optional.empty(), step.name(), stage, guideDays);
        });
    }

    /** Renames a step, changes its stage or guide (Settings). */
    public void updateStep(LadderStep step) {
        List<FieldError> errors = new ArrayList<>();
        if (step.name().map(String::length).orElse(0) > 100) {
            errors.add(FieldError.of(FIELD_NAME, "progress.text.tooLong", 100));
        }
        step.guideDays().filter(d -> d < 1 || d > 365).ifPresent(d -> errors.add(FieldError.of(FIELD_MONTHS, "progress.ladder.guideDays")));
        if (step.stage() == OnboardingStage.PRACTISES) {
            errors.add(FieldError.of(FIELD_STEP, "progress.ladder.noSuchStage"));
        }
        refuseIf(errors);
        store.transaction(dsl -> repository.updateStep(dsl, step));
    }

    /** Puts a task type's steps in the given order (Settings). */
    public void reorderSteps(long taskTypeId, List<Long> stepIds) {
        store.transaction(dsl -> {
            List<LadderStep> steps = ladders(dsl).getOrDefault(taskTypeId, List.of());
            if (steps.size() != stepIds.size() || !steps.stream().map(LadderStep::id).collect(Collectors.toSet())
                    .containsAll(stepIds)) {
                throw new IllegalArgumentException("not the steps of task type " + taskTypeId + ": " + stepIds);
            }
            repository.parkOrders(dsl, taskTypeId);
            Map<Long, LadderStep> byId = steps.stream().collect(Collectors.toMap(LadderStep::id, s -> s));
            for (int i = 0; i < stepIds.size(); i++) {
                LadderStep s = byId.get(stepIds.get(i));
                repository.updateStep(dsl, new LadderStep(s.id(), s.taskTypeId(), i + 1, s.code(), s.name(), s.stage(),
                        s.guideDays()));
            }
        });
    }

    /** Removes a step nobody has reached; a step someone reached stays, its sign-offs are history. */
    public void removeStep(long stepId) {
        store.transaction(dsl -> {
            int count = repository.signoffCount(dsl, stepId);
            if (count > 0) {
                throw new ValidationException(List.of(FieldError.of(FIELD_STEP, "progress.ladder.stepInUse", count)));
            }
            repository.removeStep(dsl, stepId);
        });
    }

    // ---- competences

    public CompetenceRating rate(long staffId, long competenceId, LocalDate on, int level, String note, String by) {
        CompetenceRating r = new CompetenceRating(0, staffId, competenceId, on, level, note, by);
        refuseIf(ratingErrors(r));
        long id = store.transactionResult(dsl -> repository.insertRating(dsl, r));
        return new CompetenceRating(id, staffId, competenceId, on, level, r.note(), r.ratedBy());
    }

    private List<FieldError> ratingErrors(CompetenceRating r) {
        List<FieldError> errors = new ArrayList<>();
        notInFuture(r.ratedOn(), errors);
        if (r.level() < Competence.LOWEST || r.level() > Competence.HIGHEST) {
            errors.add(FieldError.of(FIELD_LEVEL, "progress.competence.level", Competence.LOWEST, Competence.HIGHEST));
        }
        if (r.note().length() > 1000) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.text.tooLong", 1000));
        }
        return errors;
    }

    public Optional<CompetenceRating> removeRating(long id) {
        return store.transactionResult(dsl -> repository.removeRating(dsl, id));
    }

    public void restoreRating(CompetenceRating r) {
        store.transaction(dsl -> repository.insertRating(dsl, r));
    }

    /** Links (or unlinks) a review observation to a competence as evidence; only the worker's own. */
    public void link(long staffId, long observationId, long competenceId, boolean linked) {
        store.transaction(dsl -> {
            if (repository.observationOwner(dsl, observationId).filter(o -> o == staffId).isEmpty()) {
                throw new IllegalArgumentException("observation " + observationId + " is not about " + staffId);
            }
            repository.link(dsl, observationId, competenceId, linked);
        });
    }

    public Competence addCompetence(String name, Optional<Long> taskTypeId) {
        String clean = name == null ? "" : name.strip();
        if (clean.isEmpty()) {
            throw new ValidationException(List.of(FieldError.of(FIELD_NAME, "progress.name.required")));
        }
        if (clean.length() > 100) {
            throw new ValidationException(List.of(FieldError.of(FIELD_NAME, "progress.text.tooLong", 100)));
        }
        return store.transactionResult(dsl -> {
            int order = repository.competences(dsl).stream().mapToInt(Competence::order).max().orElse(0) + 1;
            Competence c = new Competence(0, Optional.empty(), Optional.of(clean), taskTypeId, true, order);
            long id = repository.insertCompetence(dsl, c);
            return new Competence(id, Optional.empty(), Optional.of(clean), taskTypeId, true, order);
        });
    }

    /** Renames (an empty name brings back the seeded words) or (de)activates a competence. */
    public void updateCompetence(Competence c) {
        if (c.name().map(String::length).orElse(0) > 100) {
            throw new ValidationException(List.of(FieldError.of(FIELD_NAME, "progress.text.tooLong", 100)));
        }
        if (c.name().isEmpty() && c.code().isEmpty()) {
            throw new ValidationException(List.of(FieldError.of(FIELD_NAME, "progress.name.required")));
        }
        store.transaction(dsl -> repository.updateCompetence(dsl, c));
    }

    // ---- development plan

    public PopGoal saveGoal(PopGoal g) {
        refuseIf(goalErrors(g));
        PopGoal fixed = settled(g);
        long id = store.transactionResult(dsl -> repository.saveGoal(dsl, fixed));
        return fixed.withId(id);
    }

    private static List<FieldError> goalErrors(PopGoal g) {
        List<FieldError> errors = new ArrayList<>();
        if (g.description().isEmpty()) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.goal.required"));
        } else if (g.description().length() > PopGoal.DESCRIPTION_MAX) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.text.tooLong", PopGoal.DESCRIPTION_MAX));
        }
        g.targetDate().filter(t -> t.isBefore(g.setOn()))
                .ifPresent(t -> errors.add(FieldError.of(FIELD_TARGET, "progress.goal.targetBeforeSet")));
        return errors;
    }

    /** An open goal has no closing day; a closed one without a day is closed today. */
    private PopGoal settled(PopGoal g) {
        return g.status() == GoalStatus.OPEN ? new PopGoal(g.id(), g.staffId(), g.description(), g.taskTypeId(),
                g.competenceId(), g.setOn(), g.targetDate(), g.status(), Optional.empty())
                : g.closedOn().isPresent() ? g : new PopGoal(g.id(), g.staffId(), g.description(), g.taskTypeId(),
                g.competenceId(), g.setOn(), g.targetDate(), g.status(), Optional.of(today()));
    }

    /** Marks a goal reached or dropped today, or open again. */
    public PopGoal setGoalStatus(PopGoal g, GoalStatus status) {
        return saveGoal(new PopGoal(g.id(), g.staffId(), g.description(), g.taskTypeId(), g.competenceId(), g.setOn(),
                g.targetDate(), status, Optional.empty()));
    }

    public void removeGoal(long id) {
        store.transaction(dsl -> repository.removeGoal(dsl, id));
    }

    // ---- meetings

    public Meeting saveMeeting(Meeting m) {
        refuseIf(meetingErrors(m));
        long id = store.transactionResult(dsl -> repository.saveMeeting(dsl, m));
        return m.withId(id);
    }

    private List<FieldError> meetingErrors(Meeting m) {
        List<FieldError> errors = new ArrayList<>();
        m.heldOn().ifPresent(d -> notInFuture(d, errors));
        if (m.notes().length() > Meeting.NOTES_MAX) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.text.tooLong", Meeting.NOTES_MAX));
        }
        if (m.agreements().length() > Meeting.AGREEMENTS_MAX) {
            errors.add(FieldError.of("agreements", "progress.text.tooLong", Meeting.AGREEMENTS_MAX));
        }
        return errors;
    }

    public void removeMeeting(long id) {
        store.transaction(dsl -> repository.removeMeeting(dsl, id));
    }

    // ---- training and notes

    public Training addTraining(Training t) {
        refuseIf(trainingErrors(t));
        long id = store.transactionResult(dsl -> repository.insertTraining(dsl, t));
        return new Training(id, t.staffId(), t.title(), t.from(), t.to(), t.hours(), t.provider());
    }

    private static List<FieldError> trainingErrors(Training t) {
        List<FieldError> errors = new ArrayList<>();
        if (t.title().isEmpty()) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.training.title"));
        } else if (t.title().length() > 200) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.text.tooLong", 200));
        }
        if (t.to().isBefore(t.from())) {
            errors.add(FieldError.of(FIELD_END, "progress.period.endBeforeStart"));
        }
        if (t.hours().signum() <= 0 || t.hours().compareTo(new BigDecimal("2000")) > 0) {
            errors.add(FieldError.of(FIELD_HOURS, "progress.hours.outOfRange"));
        }
        tooLong(FIELD_PROVIDER, t.provider(), 200, errors);
        return errors;
    }

    /** The database's own limit on a free text, said at its field rather than met as a failed write. */
    private static void tooLong(String field, String text, int max, List<FieldError> errors) {
        if (text != null && text.strip().length() > max) {
            errors.add(FieldError.of(field, "progress.text.tooLong", max));
        }
    }

    public Optional<Training> removeTraining(long id) {
        return store.transactionResult(dsl -> repository.removeTraining(dsl, id));
    }

    public CoachingNote addNote(CoachingNote n) {
        refuseIf(noteErrors(n));
        long id = store.transactionResult(dsl -> repository.insertNote(dsl, n));
        return new CoachingNote(id, n.staffId(), n.writtenOn(), n.note(), n.confidential(), n.writtenBy());
    }

    private List<FieldError> noteErrors(CoachingNote n) {
        List<FieldError> errors = new ArrayList<>();
        if (n.note().isEmpty()) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.note.required"));
        } else if (n.note().length() > CoachingNote.NOTE_MAX) {
            errors.add(FieldError.of(FIELD_TEXT, "progress.text.tooLong", CoachingNote.NOTE_MAX));
        }
        notInFuture(n.writtenOn(), errors);
        tooLong(FIELD_WRITTEN_BY, n.writtenBy(), 100, errors);
        return errors;
    }

    public Optional<CoachingNote> removeNote(long id) {
        return store.transactionResult(dsl -> repository.removeNote(dsl, id));
    }

    public void restoreNote(CoachingNote n) {
        store.transaction(dsl -> repository.insertNote(dsl, n));
    }

    public void restoreTraining(Training t) {
        store.transaction(dsl -> repository.insertTraining(dsl, t));
    }

    public void restoreGuidance(GuidanceSession g) {
        store.transaction(dsl -> repository.insertGuidance(dsl, g));
    }

    // ---- many at once

    /**
     * Stores many records at once (a past brought in, such as the demo centre's history), each
     * checked as when it is stored on its own; all in one transaction, all or none. An evidence link
     * must be to the worker's own observation.
     */
    public void addAll(ProgressRecords records) {
        List<FieldError> errors = new ArrayList<>();
        records.trajectories().forEach(t -> errors.addAll(trajectoryErrors(t)));
        records.phases().forEach(p -> errors.addAll(phaseErrors(p)));
        records.guidance().forEach(g -> errors.addAll(guidanceErrors(g)));
        records.ratings().forEach(r -> errors.addAll(ratingErrors(r)));
        records.goals().forEach(g -> errors.addAll(goalErrors(g)));
        records.meetings().forEach(m -> errors.addAll(meetingErrors(m)));
        records.trainings().forEach(t -> errors.addAll(trainingErrors(t)));
        records.notes().forEach(n -> errors.addAll(noteErrors(n)));
        refuseIf(errors.stream().distinct().toList());
        List<PopGoal> goals = records.goals().stream().map(this::settled).toList();
        store.transaction(dsl -> {
            records.trajectories().forEach(t -> repository.saveTrajectory(dsl, t));
            records.phases().forEach(p -> repository.savePhase(dsl, p));
            records.guidance().forEach(g -> repository.insertGuidance(dsl, g));
            records.ratings().forEach(r -> repository.insertRating(dsl, r));
            for (ProgressRecords.EvidenceLink link : records.links()) {
                if (repository.observationOwner(dsl, link.observationId()).filter(o -> o == link.staffId()).isEmpty()) {
                    throw new IllegalArgumentException("observation " + link.observationId() + " is not about "
                            + link.staffId());
                }
                repository.link(dsl, link.observationId(), link.competenceId(), true);
            }
            goals.forEach(g -> repository.saveGoal(dsl, g));
            records.meetings().forEach(m -> repository.saveMeeting(dsl, m));
            records.trainings().forEach(t -> repository.insertTraining(dsl, t));
            records.notes().forEach(n -> repository.insertNote(dsl, n));
        });
    }

    // ---- programme rules

    public void saveRule(ProgrammeRule rule) {
        List<FieldError> errors = new ArrayList<>();
        rule.durationMonths().filter(m -> m < 1 || m > 240).ifPresent(m -> errors.add(FieldError.of("duration", "progress.rule.months", 1, 240)));
        rule.extendedMonths().filter(m -> m < 1 || m > 240).ifPresent(m -> errors.add(FieldError.of("extended", "progress.rule.months", 1, 240)));
        rule.meetingEveryMonths().filter(m -> m < 1 || m > 60).ifPresent(m -> errors.add(FieldError.of("meetings", "progress.rule.months", 1, 60)));
        if (rule.extendedMonths().isPresent() && rule.durationMonths().isPresent()
                && rule.extendedMonths().get() < rule.durationMonths().get()) {
            errors.add(FieldError.of("extended", "progress.rule.extendedShorter"));
        }
        refuseIf(errors);
        store.transaction(dsl -> repository.saveRule(dsl, rule));
    }

    // ---- helpers

    /** Task type names for the screens, by id. */
    public Map<Long, TaskType> taskTypes() {
        return catalogue.taskTypes().stream().collect(Collectors.toMap(TaskType::id, Function.identity()));
    }

    private void notInFuture(LocalDate day, List<FieldError> errors) {
        if (day.isAfter(today())) {
            errors.add(FieldError.of(FIELD_DATE, "progress.date.future"));
        }
    }

    private static void refuseIf(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new ValidationException(errors);
        }
    }
}
