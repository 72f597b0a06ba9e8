package be.dagpuzzel.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Something due for a worker: a meeting, a ladder step to sign off, the trajectory's end coming
 * near, a development goal past its date. {@code date} is when it is (or was) due; {@code what}
 * names the thing in data for the screen to put in words: for a meeting the kind of one planned and
 * not held, or the {@link MeetingBasis} and the rule's months; the next step; the clock's alert; the goal.
 */
public record Due(long staffId, String staffName, Kind kind, LocalDate date, boolean overdue, List<Object> what) {

    public enum Kind {
        MEETING, SIGN_OFF, TRAJECTORY_END, GOAL_PAST_DATE;

        public String messageKey() {
            return "progress.due." + name();
        }
    }

    /** Why a meeting is due by the programme's rule: months after the last one held, or none held yet. */
    public enum MeetingBasis {
        LAST_HELD, NONE_HELD
    }

    public Due {
        what = List.copyOf(what);
    }
}
