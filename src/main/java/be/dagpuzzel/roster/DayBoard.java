package be.dagpuzzel.roster;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import be.dagpuzzel.roster.rules.OnboardingStage;
import be.dagpuzzel.settings.Skill;
import be.dagpuzzel.settings.TaskType;
import be.dagpuzzel.staff.Preference;
import be.dagpuzzel.staff.StaffDay;
import be.dagpuzzel.staff.StaffSkill;

/**
 * Everything the morning board shows and the rules read for one date: the slots and who fills
 * them, who is expected (with extras), the task types and skills, the last four weeks, and on a
 * closing day its description ("Kerstmis").
 */
public record DayBoard(LocalDate date, boolean workingDay, List<RosterSlot> slots, List<Assignment> assignments,
                       List<StaffDay> staff, List<DayExtra> extras, List<TaskType> taskTypes, List<Skill> skillList,
                       Map<Long, List<StaffSkill>> skills, Map<Long, Map<Long, Preference>> preferences,
                       Map<Long, Map<Long, OnboardingStage>> stages, List<PastAssignment> history,
                       Optional<String> closedBecause) {

    public DayBoard {
        slots = List.copyOf(slots);
        assignments = List.copyOf(assignments);
        staff = List.copyOf(staff);
        extras = List.copyOf(extras);
        taskTypes = List.copyOf(taskTypes);
        skillList = List.copyOf(skillList);
        history = List.copyOf(history);
        closedBecause = closedBecause == null ? Optional.empty() : closedBecause;
    }

    public Optional<TaskType> taskType(long id) {
        return taskTypes.stream().filter(t -> t.id() == id).findFirst();
    }

    public Optional<StaffDay> person(long staffId) {
        return staff.stream().filter(d -> d.member().id() == staffId).findFirst();
    }

    public Optional<DayExtra> extra(long staffId) {
        return extras.stream().filter(e -> e.staffId() == staffId).findFirst();
    }

    public Optional<Assignment> assignmentAt(long slotId, int position) {
        return assignments.stream().filter(a -> a.slotId() == slotId && a.position() == position).findFirst();
    }

    public DayBoard withAssignments(List<Assignment> value) {
        return new DayBoard(date, workingDay, slots, value, staff, extras, taskTypes, skillList, skills, preferences,
                stages, history, closedBecause);
    }
}
