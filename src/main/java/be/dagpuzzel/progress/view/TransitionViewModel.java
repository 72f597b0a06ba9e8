package be.dagpuzzel.progress.view;

import java.util.Arrays;
import java.util.List;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

import be.dagpuzzel.progress.Phase;
import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.ProgressService;

/**
 * The Transition tab (doorstroom) of the open worker: the trajectory, the four phases of the
 * transition path, and the guidance log with its hours against the target.
 */
public final class TransitionViewModel {

    private final TrajectoryForm trajectory;
    private final List<PhaseLine> phases;
    private final GuidanceLog guidance;
    private final StringProperty endText = new SimpleStringProperty(this, "endText", "");
    private final ProgressViewModel page;

    public TransitionViewModel(ProgressViewModel page, ProgressService progress) {
        this.page = page;
        this.trajectory = new TrajectoryForm(page, progress);
        this.phases = Arrays.stream(Phase.values()).map(p -> new PhaseLine(p, page, progress)).toList();
        this.guidance = new GuidanceLog(page, progress);
        page.pageProperty().addListener((obs, old, now) -> show(now));
        show(page.pageProperty().get());
    }

    public TrajectoryForm trajectory() {
        return trajectory;
    }

    /** Preparation, job matching, work placement, follow-up. */
    public List<PhaseLine> phases() {
        return phases;
    }

    public GuidanceLog guidance() {
        return guidance;
    }

    /** The end that counts, and where it comes from: "Ends 9/1/2027 (the programme’s term)". */
    public StringProperty endTextProperty() {
        return endText;
    }

    private void show(ProgressPage p) {
        trajectory.fill(p);
        phases.forEach(line -> line.fill(p));
        guidance.fill(p);
        if (p == null) {
            endText.set("");
            return;
        }
        var messages = page.messages();
        endText.set(p.clock().end().map(end -> messages.format(p.trajectory().decidedEnd().isPresent()
                        ? "progress.transition.endDecided" : p.rule().durationMonths().isPresent()
                        ? "progress.transition.endByTerm" : "progress.transition.endByContract", messages.shortDate(end)))
                .orElseGet(() -> messages.get("progress.transition.noEnd")));
    }
}
