package be.dagpuzzel.app;

import java.time.Clock;
import java.time.LocalDate;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;

import be.dagpuzzel.core.WorkingDays;

/**
 * State of the main window that every section shares: which section is open, the chosen date,
 * the centre's name and how far the store is. Holds properties only, never a node, so it is
 * tested without the toolkit.
 */
public final class MainViewModel {

    /** Where the app is in opening its store. */
    public enum Phase { OPENING, WELCOME, READY, IN_USE, FAILED }

    private final Clock clock;
    private WorkingDays workingDays;
    private final ObjectProperty<Section> section = new SimpleObjectProperty<>(this, "section", Section.TODAY);
    private final ObjectProperty<LocalDate> date = new SimpleObjectProperty<>(this, "date");
    private final ReadOnlyStringWrapper centreName = new ReadOnlyStringWrapper(this, "centreName", "");
    private final ReadOnlyObjectWrapper<Phase> phase = new ReadOnlyObjectWrapper<>(this, "phase", Phase.OPENING);
    private final ReadOnlyStringWrapper problem = new ReadOnlyStringWrapper(this, "problem", "");
    private final ReadOnlyStringWrapper notice = new ReadOnlyStringWrapper(this, "notice", "");
    private final javafx.beans.property.ReadOnlyLongWrapper dataVersion =
            new javafx.beans.property.ReadOnlyLongWrapper(this, "dataVersion");

    public MainViewModel(Clock clock, WorkingDays workingDays, Section initialSection) {
        this.clock = clock;
        this.workingDays = workingDays;
        this.section.set(initialSection);
        this.date.set(LocalDate.now(clock));
        this.date.addListener((obs, old, value) -> {
            if (value == null) {
                date.set(old == null ? LocalDate.now(clock) : old);
            }
        });
    }

    public ObjectProperty<Section> sectionProperty() {
        return section;
    }

    public Section getSection() {
        return section.get();
    }

    public void showSection(Section value) {
        section.set(value);
    }

    /** The date all sections show; never null. */
    public ObjectProperty<LocalDate> dateProperty() {
        return date;
    }

    public LocalDate getDate() {
        return date.get();
    }

    /** The centre's working days once the store is open (closing days included). */
    public void setWorkingDays(WorkingDays days) {
        this.workingDays = days;
    }

    /** A short message for the status bar ("Marc Claeys: sick on 27/11/2026"). */
    public ReadOnlyStringProperty noticeProperty() {
        return notice.getReadOnlyProperty();
    }

    public void tell(String message) {
        notice.set(message == null ? "" : message);
    }

    /** Goes up whenever data changed in a way other sections may show (an absence, a new person). */
    public javafx.beans.property.ReadOnlyLongProperty dataVersionProperty() {
        return dataVersion.getReadOnlyProperty();
    }

    public void dataChanged() {
        dataVersion.set(dataVersion.get() + 1);
    }

    public void previousWorkingDay() {
        date.set(workingDays.previous(date.get()));
    }

    public void nextWorkingDay() {
        date.set(workingDays.next(date.get()));
    }

    public void today() {
        date.set(LocalDate.now(clock));
    }

    public boolean isToday() {
        return date.get().equals(LocalDate.now(clock));
    }

    public ReadOnlyStringProperty centreNameProperty() {
        return centreName.getReadOnlyProperty();
    }

    public String getCentreName() {
        return centreName.get();
    }

    public ReadOnlyObjectProperty<Phase> phaseProperty() {
        return phase.getReadOnlyProperty();
    }

    public Phase getPhase() {
        return phase.get();
    }

    /** What went wrong when the phase is IN_USE or FAILED. */
    public ReadOnlyStringProperty problemProperty() {
        return problem.getReadOnlyProperty();
    }

    public void centreReady(String name) {
        centreName.set(name);
        phase.set(Phase.READY);
    }

    /** The store is being opened again (after a restore): sections wait until it is ready. */
    public void reopening() {
        phase.set(Phase.OPENING);
    }

    public void needsWelcome() {
        phase.set(Phase.WELCOME);
    }

    public void storeInUse(String folder) {
        problem.set(folder);
        phase.set(Phase.IN_USE);
    }

    public void storeFailed(String message) {
        problem.set(message);
        phase.set(Phase.FAILED);
    }
}
