package be.dagpuzzel.progress.print;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import be.dagpuzzel.progress.CoachingNote;
import be.dagpuzzel.progress.Competence;
import be.dagpuzzel.progress.CompetenceRating;
import be.dagpuzzel.progress.Evidence;
import be.dagpuzzel.progress.GoalStatus;
import be.dagpuzzel.progress.GuidanceSession;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.progress.Training;
import be.dagpuzzel.settings.TaskType;

/**
 * What a progress report shows about one worker over a period, read from the progress page and the
 * rosters: the hours per task type in the period (to the day), and the parts of the page that fall in
 * it, worked out here so that the PDF only lays them out.
 */
public record ReportData(String centreName, ProgressPage page, ReportPeriod period, Map<Long, Integer> minutesInPeriod,
                         Map<Long, TaskType> taskTypes) {

    /** A competence with its level on the first and on the last day of the period (empty: not rated by then). */
    public record CompetenceChange(Competence competence, Optional<Integer> atStart, Optional<Integer> atEnd,
                                   int evidenceInPeriod) {

        /** The change over the period; empty when one of the two ends has no level. */
        public Optional<Integer> change() {
            return atStart.flatMap(s -> atEnd.map(e -> e - s));
        }
    }

    public ReportData {
        minutesInPeriod = Map.copyOf(minutesInPeriod);
        taskTypes = Map.copyOf(taskTypes);
    }

    /** Reads what the report needs (from the background: it waits for the store). */
    public static ReportData read(ProgressService progress, long staffId, ReportPeriod period, String centreName) {
        ProgressPage page = progress.page(staffId);
        return new ReportData(centreName, page, period, progress.minutesPerTask(staffId, period.from(), period.to()),
                progress.taskTypes());
    }

    /** Minutes per task type in the period, most first. */
    public List<Map.Entry<Long, Integer>> hoursByTask() {
        return minutesInPeriod.entrySet().stream().filter(e -> e.getValue() > 0)
                .sorted(Map.Entry.<Long, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .toList();
    }

    public int totalMinutes() {
        return minutesInPeriod.values().stream().mapToInt(Integer::intValue).sum();
    }

    /** Minutes per month and task type for the months the period touches. */
    public Map<YearMonth, Map<Long, Integer>> monthsInPeriod() {
        Map<YearMonth, Map<Long, Integer>> result = new TreeMap<>();
        for (YearMonth m = YearMonth.from(period.from()); !m.isAfter(YearMonth.from(period.to())); m = m.plusMonths(1)) {
            result.put(m, page.hours().minutesPerMonth().getOrDefault(m, Map.of()));
        }
        return result;
    }

    /** Minutes of care over everything recorded: practice towards the care-assistant certificate. */
    public Optional<Integer> careMinutes() {
        return taskTypes.values().stream().filter(t -> t.code().equals(Optional.of(TaskType.CARE))).findFirst()
                .map(t -> page.hours().total().getOrDefault(t.id(), 0));
    }

    /** The review's feedback in the period, oldest first. */
    public List<Evidence> observations() {
        return page.evidence().stream().filter(e -> period.contains(e.date()))
                .sorted(Comparator.comparing(Evidence::date).thenComparing(Evidence::observationId)).toList();
    }

    /** Every competence rated by the end of the period, in the centre's order. */
    public List<CompetenceChange> competences() {
        List<CompetenceChange> result = new ArrayList<>();
        Map<Long, Integer> linked = new java.util.HashMap<>();
        observations().forEach(e -> e.competenceIds().forEach(c -> linked.merge(c, 1, Integer::sum)));
        for (Competence c : page.competences()) {
            Optional<Integer> start = levelOn(c.id(), period.from());
            Optional<Integer> end = levelOn(c.id(), period.to());
            if (end.isPresent()) {
                result.add(new CompetenceChange(c, start, end, linked.getOrDefault(c.id(), 0)));
            }
        }
        return result;
    }

    /** The latest level given on or before {@code day}. */
    public Optional<Integer> levelOn(long competenceId, LocalDate day) {
        return page.ratings().stream().filter(r -> r.competenceId() == competenceId && !r.ratedOn().isAfter(day))
                .max(Comparator.comparing(CompetenceRating::ratedOn).thenComparing(CompetenceRating::id))
                .map(CompetenceRating::level);
    }

    /** Goals open at the end of the period (set by then). */
    public List<PopGoal> openGoals() {
        return page.goals().stream().filter(g -> !g.setOn().isAfter(period.to()))
                .filter(g -> g.status() == GoalStatus.OPEN || g.closedOn().map(d -> d.isAfter(period.to())).orElse(false))
                .toList();
    }

    /** Goals achieved in the period. */
    public List<PopGoal> achievedGoals() {
        return page.goals().stream().filter(g -> g.status() == GoalStatus.ACHIEVED)
                .filter(g -> g.closedOn().map(period::contains).orElse(false)).toList();
    }

    /** Open goals whose target date lies before the end of the period. */
    public List<PopGoal> goalsPastDate() {
        return openGoals().stream().filter(g -> g.targetDate().map(t -> t.isBefore(period.to())).orElse(false)).toList();
    }

    /** Meetings held in the period, or planned in it and not yet held. */
    public List<Meeting> meetings() {
        return page.meetings().stream().filter(m -> period.contains(m.day()))
                .sorted(Comparator.comparing(Meeting::day)).toList();
    }

    /** The first meeting planned after the period and not held yet. */
    public Optional<Meeting> nextPlanned() {
        return page.meetings().stream().filter(m -> !m.isHeld() && m.plannedOn().isAfter(period.to()))
                .min(Comparator.comparing(Meeting::plannedOn));
    }

    /** Training that ran during the period. */
    public List<Training> trainings() {
        return page.trainings().stream().filter(t -> period.overlaps(t.from(), Optional.of(t.to())))
                .sorted(Comparator.comparing(Training::from)).toList();
    }

    public BigDecimal guidanceInPeriod() {
        return page.guidance().stream().filter(g -> period.contains(g.heldOn())).map(GuidanceSession::hours)
                .reduce(BigDecimal.ZERO, BigDecimal::add);
    }

    /** Coaching notes written in the period, oldest first. */
    public List<CoachingNote> notes() {
        return page.notes().stream().filter(n -> period.contains(n.writtenOn()))
                .sorted(Comparator.comparing(CoachingNote::writtenOn).thenComparing(CoachingNote::id)).toList();
    }

    /** Meetings in the period with confidential notes. */
    public List<Meeting> meetingNotes() {
        return meetings().stream().filter(m -> !m.notes().isEmpty()).toList();
    }
}
