package be.dagpuzzel.progress.view;

import java.util.ArrayList;
import java.util.List;

import javafx.scene.control.Tab;

import be.dagpuzzel.progress.ProgressService;

/** The tabs of a worker's progress page after the summary, in order. Each tab has its own small model. */
public final class ProgressTabs {

    private ProgressTabs() {
    }

    public static List<Tab> create(ProgressViewModel page, ProgressService progress) {
        List<Tab> tabs = new ArrayList<>();
        // tabs: onboarding, competences, development plan, meetings, hours and training, transition, notes
        tabs.add(new OnboardingTab(new OnboardingViewModel(page, progress), page.messages()));
        tabs.add(new CompetencesTab(page, progress));
        tabs.add(new PlanTab(page, progress));
        tabs.add(new MeetingsTab(new MeetingsViewModel(page, progress), page.messages()));
        tabs.add(new HoursTab(page, progress));
        tabs.add(new TransitionTab(new TransitionViewModel(page, progress), page.messages()));
        tabs.add(new NotesTab(new NotesViewModel(page, progress), page.messages()));
        return tabs;
    }
}
