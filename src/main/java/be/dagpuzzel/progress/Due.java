package be.dagpuzzel.progress;

import java.time.LocalDate;
import java.util.List;

/**
 * Something due for a worker: a meeting, a ladder step to sign off, the trajectory's end coming
 * near, a development goal past its date. {@code date} is when it is (or was) due; {@code what}
 * names the thing in data (a step, a goal's text, a meeting kind) for the screen to put in words.
 */
public record Due(long staffId, String staffName, Kind kind, LocalDate date, boolean overdue, List<Object> what) {

    public enum Kind {
        MEETING, SIGN_OFF, TRAJECTORY_END, GOAL_PAST_DATE;

        public String messageKey() {
            return "progress.due." + name();
        }
    }

    public Due {
        what = List.copyOf(what);
    }
}
