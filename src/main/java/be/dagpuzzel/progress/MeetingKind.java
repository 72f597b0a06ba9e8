package be.dagpuzzel.progress;

/** Functioning meetings follow how the work goes; evaluation meetings judge a period. */
public enum MeetingKind {
    FUNCTIONING, EVALUATION;

    public String messageKey() {
        return "progress.meeting." + name();
    }
}
