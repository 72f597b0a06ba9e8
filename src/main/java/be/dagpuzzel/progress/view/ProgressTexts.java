package be.dagpuzzel.progress.view;

import be.dagpuzzel.progress.Due;
import be.dagpuzzel.progress.GoalStatus;
import be.dagpuzzel.progress.LadderStep;
import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.progress.MeetingKind;
import be.dagpuzzel.progress.PopGoal;
import be.dagpuzzel.progress.TimelineEvent;
import be.dagpuzzel.progress.Training;
import be.dagpuzzel.progress.TrajectoryClock;
import be.dagpuzzel.progress.TransitionPhase;
import be.dagpuzzel.review.Incident;
import be.dagpuzzel.ui.Messages;

/** Puts what is due and the timeline's moments into sentences in the user's language. */
public final class ProgressTexts {

    private final ProgressViewModel model;
    private final Messages messages;

    public ProgressTexts(ProgressViewModel model) {
        this.model = model;
        this.messages = model.messages();
    }

    /** "Meeting due since 4/11/2026", "Drives alone: ready for sign-off since 23/11/2026", ... */
    public String due(Due due) {
        String date = messages.shortDate(due.date());
        return switch (due.kind()) {
            case MEETING -> due.what().getFirst() instanceof MeetingKind kind
                    ? messages.format("progress.due.meeting.plannedLate", messages.get(kind.messageKey()), date)
                    : due.what().getFirst() == Due.MeetingBasis.NONE_HELD
                    ? messages.format("progress.due.meeting.noneHeld", due.what().get(1))
                    : messages.format(due.overdue() ? "progress.due.meeting.late" : "progress.due.meeting.soon", date,
                            due.what().get(1));
            case SIGN_OFF -> messages.format("progress.due.signOff", model.taskName(((LadderStep) due.what().getFirst()).taskTypeId()),
                    model.stepName((LadderStep) due.what().getFirst()), date);
            case TRAJECTORY_END -> messages.format(due.overdue() ? "progress.due.ended" : "progress.due.ends",
                    date, messages.get("progress.clock." + ((TrajectoryClock.Alert) due.what().getFirst()).name()));
            case GOAL_PAST_DATE -> messages.format("progress.due.goal", ((PopGoal) due.what().getFirst()).description(), date);
        };
    }

    /** What a moment on the timeline was, after its kind: the step, the meeting, the incident, ... */
    public String event(TimelineEvent event) {
        Object s = event.subject();
        return switch (event.kind()) {
            case START, END -> "";
            case SIGN_OFF -> s instanceof LadderStep step ? model.taskName(step.taskTypeId()) + ": " + model.stepName(step) : "";
            case MEETING -> s instanceof Meeting m ? messages.get(m.kind().messageKey()) : "";
            case PHASE -> s instanceof TransitionPhase p ? messages.get(p.phase().messageKey()) : "";
            case GOAL_SET, GOAL_REACHED -> s instanceof PopGoal g ? g.description() : "";
            case TRAINING -> s instanceof Training t ? t.title() : "";
            case INCIDENT -> s instanceof Incident i ? messages.get(i.kind().messageKey()) + ": " + i.whatHappened() : "";
        };
    }

    public String goalStatus(GoalStatus status) {
        return messages.get(status.messageKey());
    }
}
