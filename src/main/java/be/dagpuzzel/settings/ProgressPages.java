package be.dagpuzzel.settings;

import javafx.scene.Node;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;

import be.dagpuzzel.ui.Messages;

/**
 * The Settings page "Progress": onboarding ladders, competences and programmes, each a part with
 * its own model, read again whenever it is shown.
 */
final class ProgressPages extends TabPane {

    ProgressPages(SettingsViewModel model, Messages messages) {
        setId("progressSettings");
        getStyleClass().add("progress-settings");
        setTabClosingPolicy(TabClosingPolicy.UNAVAILABLE);
        getTabs().addAll(
                part("ladders", messages.get("settings.progress.ladders"), new LaddersPage(model.ladders(), messages),
                        model.ladders()::load),
                part("competences", messages.get("settings.progress.competences"),
                        new CompetencesPage(model.competences(), messages), model.competences()::load),
                part("programmes", messages.get("settings.progress.programmes"),
                        new ProgrammesPage(model.programmes(), messages), model.programmes()::load));
    }

    /** Reads the part on show again (the page was opened). */
    void reload() {
        Tab shown = getSelectionModel().getSelectedItem();
        if (shown != null && shown.getUserData() instanceof Runnable load) {
            load.run();
        }
    }

    private static Tab part(String id, String title, Node content, Runnable onOpen) {
        Tab tab = new Tab(title, content);
        tab.setId("part-" + id);
        tab.setUserData(onOpen);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected() && tab.getTabPane() != null && tab.getTabPane().getScene() != null) {
                onOpen.run();
            }
        });
        return tab;
    }
}
