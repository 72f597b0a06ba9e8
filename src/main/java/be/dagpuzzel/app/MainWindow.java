package be.dagpuzzel.app;

import java.util.EnumMap;
import java.util.Map;
import java.util.function.Function;

import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import org.controlsfx.control.StatusBar;

import be.dagpuzzel.ui.FxTaskRunner;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SectionCommands;

/**
 * The shell around every section: menus with the shortcuts, the centre's name, the date bar,
 * the section navigation, the open section and the status bar that tells the work is saved.
 */
final class MainWindow {

    /** What the menus ask of the app besides navigation. */
    interface Actions {
        void quit();

        void showShortcuts();

        void showAbout();

        void reportAbsence();

        void backupNow();

        void restore();

        void exportAll();

        void importExport();

        void importStaffCsv();

        void importParticipantsCsv();

        void exportHoursCsv();

        void exportAttendanceCsv();
    }

    private final MainViewModel model;
    private final Messages messages;
    private final Function<Section, Node> sectionViews;
    private final Map<Section, Node> builtSections = new EnumMap<>(Section.class);
    private final BorderPane root = new BorderPane();
    private final StackPane content = new StackPane();
    private final ToggleGroup navigation = new ToggleGroup();
    private final DateBar dateBar;
    private final javafx.beans.value.ChangeListener<Section> onSection = (obs, old, section) -> showSection(section);
    private final javafx.beans.value.ChangeListener<MainViewModel.Phase> onPhase =
            (obs, old, phase) -> showSection(currentSection());

    MainWindow(MainViewModel model, Messages messages, FxTaskRunner runner, Function<Section, Node> sectionViews,
               Actions actions) {
        this.model = model;
        this.messages = messages;
        this.sectionViews = sectionViews;
        this.dateBar = new DateBar(model, messages);
        root.getStyleClass().add("main-window");
        root.getProperties().put(MainWindow.class, this); // lives as long as its root is shown
        root.setTop(new VBox(menuBar(actions), header()));
        root.setLeft(navigation());
        content.getStyleClass().add("section-content");
        root.setCenter(content);
        root.setBottom(statusBar(runner));
        // weak: a window replaced by a rebuilt one (language, restore) must stop building sections
        model.sectionProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onSection));
        model.phaseProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onPhase));
        showSection(model.getSection());
    }

    Parent root() {
        return root;
    }

    private MenuBar menuBar(Actions actions) {
        Menu file = new Menu(messages.get("menu.file"));
        MenuItem backup = item("menu.file.backup", null, actions::backupNow);
        backup.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.getPhase() != MainViewModel.Phase.READY, model.phaseProperty()));
        MenuItem restore = item("menu.file.restore", null, actions::restore);
        restore.disableProperty().bind(backup.disableProperty());
        MenuItem export = item("menu.file.export", null, actions::exportAll);
        export.disableProperty().bind(backup.disableProperty());
        MenuItem importItem = item("menu.file.import", null, actions::importExport);
        importItem.disableProperty().bind(backup.disableProperty());
        MenuItem importStaff = item("menu.file.importStaffCsv", null, actions::importStaffCsv);
        MenuItem importParticipants = item("menu.file.importParticipantsCsv", null, actions::importParticipantsCsv);
        MenuItem exportHours = item("menu.file.exportHoursCsv", null, actions::exportHoursCsv);
        MenuItem exportAttendance = item("menu.file.exportAttendanceCsv", null, actions::exportAttendanceCsv);
        for (MenuItem csv : new MenuItem[] {importStaff, importParticipants, exportHours, exportAttendance}) {
            csv.disableProperty().bind(backup.disableProperty());
        }
        file.getItems().addAll(backup, restore, new SeparatorMenuItem(), export, importItem, new SeparatorMenuItem(),
                importStaff, importParticipants, exportHours, exportAttendance, new SeparatorMenuItem(),
                item("menu.file.quit", new KeyCodeCombination(KeyCode.Q, KeyCombination.SHORTCUT_DOWN), actions::quit));

        Menu edit = new Menu(messages.get("menu.edit"));
        edit.getItems().addAll(
                item("menu.edit.undo", new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN),
                        () -> commands().undo()),
                item("menu.edit.redo", new KeyCodeCombination(KeyCode.Y, KeyCombination.SHORTCUT_DOWN),
                        () -> commands().redo()),
                item("menu.edit.new", new KeyCodeCombination(KeyCode.N, KeyCombination.SHORTCUT_DOWN),
                        () -> commands().createNew()),
                item("menu.edit.find", new KeyCodeCombination(KeyCode.F, KeyCombination.SHORTCUT_DOWN),
                        () -> commands().find()));
        edit.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.getPhase() != MainViewModel.Phase.READY, model.phaseProperty()));

        Menu go = new Menu(messages.get("menu.go"));
        for (Section section : Section.values()) {
            go.getItems().add(item(section.messageKey(),
                    new KeyCodeCombination(section.key(), KeyCombination.SHORTCUT_DOWN), () -> model.showSection(section)));
        }
        go.getItems().addAll(new SeparatorMenuItem(),
                item("menu.go.previousDay", new KeyCodeCombination(KeyCode.LEFT, KeyCombination.ALT_DOWN),
                        model::previousWorkingDay),
                item("menu.go.nextDay", new KeyCodeCombination(KeyCode.RIGHT, KeyCombination.ALT_DOWN),
                        model::nextWorkingDay),
                item("menu.go.today", new KeyCodeCombination(KeyCode.T, KeyCombination.SHORTCUT_DOWN), model::today),
                item("menu.go.chooseDate", new KeyCodeCombination(KeyCode.D, KeyCombination.SHORTCUT_DOWN),
                        dateBar::focusPicker));

        Menu day = new Menu(messages.get("menu.day"));
        day.getItems().addAll(
                item("menu.day.fill", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                        () -> onToday(SectionCommands::fillTheRest)),
                item("menu.day.replan", new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN,
                        KeyCombination.SHIFT_DOWN), () -> onToday(SectionCommands::replan)),
                item("menu.day.print", new KeyCodeCombination(KeyCode.P, KeyCombination.SHORTCUT_DOWN),
                        this::printDay));
        day.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.getPhase() != MainViewModel.Phase.READY, model.phaseProperty()));

        Menu staff = new Menu(messages.get("menu.staff"));
        staff.getItems().add(item("menu.staff.absence",
                new KeyCodeCombination(KeyCode.A, KeyCombination.SHORTCUT_DOWN, KeyCombination.SHIFT_DOWN),
                actions::reportAbsence));
        staff.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.getPhase() != MainViewModel.Phase.READY, model.phaseProperty()));

        Menu help = new Menu(messages.get("menu.help"));
        help.getItems().addAll(
                item("menu.help.shortcuts", new KeyCodeCombination(KeyCode.F1), actions::showShortcuts),
                item("menu.help.about", null, actions::showAbout));
        MenuBar bar = new MenuBar(file, edit, go, day, staff, help);
        bar.setId("menuBar");
        return bar;
    }

    /** Opens Today if needed and gives the command to its board. */
    /**
     * Ctrl+P prints what the open section prints: the route sheets on Transport, the open worker's
     * progress report on Progress, else the day's roster.
     */
    private void printDay() {
        if (model.getSection() == Section.TRANSPORT || model.getSection() == Section.PROGRESS) {
            commands().printDay();
        } else {
            onToday(SectionCommands::printDay);
        }
    }

    private void onToday(java.util.function.Consumer<SectionCommands> command) {
        model.showSection(Section.TODAY);
        command.accept(commands());
    }

    /** The open section's answer to Ctrl+N / Ctrl+F / Ctrl+Z. */
    private SectionCommands commands() {
        Node view = builtSections.get(model.getSection());
        return view instanceof SectionCommands commands ? commands : new SectionCommands() { };
    }

    private MenuItem item(String key, KeyCombination accelerator, Runnable action) {
        MenuItem item = new MenuItem(messages.get(key));
        item.setId("menu-" + key);
        item.setAccelerator(accelerator);
        item.setOnAction(e -> action.run());
        return item;
    }

    private Node header() {
        Label centre = new Label();
        centre.setId("centreName");
        centre.getStyleClass().add("centre-name");
        centre.textProperty().bind(model.centreNameProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox header = new HBox(12, centre, spacer, dateBar);
        header.getStyleClass().add("header");
        header.setAlignment(Pos.CENTER_LEFT);
        return header;
    }

    private Node navigation() {
        VBox nav = new VBox();
        nav.getStyleClass().add("navigation");
        for (Section section : Section.values()) {
            ToggleButton button = new ToggleButton(messages.get(section.messageKey()));
            button.setId("nav-" + section.name().toLowerCase(java.util.Locale.ROOT));
            button.setUserData(section);
            button.setToggleGroup(navigation);
            button.setMaxWidth(Double.MAX_VALUE);
            button.setFocusTraversable(false);
            button.getStyleClass().add("nav-button");
            button.setOnAction(e -> model.showSection(section));
            nav.getChildren().add(button);
        }
        nav.disableProperty().bind(Bindings.createBooleanBinding(
                () -> model.getPhase() != MainViewModel.Phase.READY, model.phaseProperty()));
        return nav;
    }

    private Section currentSection() {
        return model.getSection();
    }

    private void showSection(Section section) {
        navigation.getToggles().forEach(t -> t.setSelected(t.getUserData() == section));
        if (model.getPhase() != MainViewModel.Phase.READY) {
            content.getChildren().setAll(openingPlaceholder());
            return;
        }
        Node view = builtSections.computeIfAbsent(section, sectionViews);
        content.getChildren().setAll(view);
    }

    private Node openingPlaceholder() {
        ProgressIndicator spinner = new ProgressIndicator();
        spinner.setMaxSize(48, 48);
        Label text = new Label(messages.get("store.opening"));
        VBox box = new VBox(12, spinner, text);
        box.setAlignment(Pos.CENTER);
        return box;
    }

    private Node statusBar(FxTaskRunner runner) {
        StatusBar status = new StatusBar();
        status.setId("statusBar");
        javafx.animation.PauseTransition fade = new javafx.animation.PauseTransition(javafx.util.Duration.seconds(8));
        fade.setOnFinished(e -> model.tell(""));
        model.noticeProperty().addListener((obs, old, text) -> {
            if (!text.isEmpty()) {
                fade.playFromStart();
            }
        });
        status.textProperty().bind(Bindings.createStringBinding(() -> {
            if (!model.noticeProperty().get().isEmpty()) {
                return model.noticeProperty().get();
            }
            if (runner.longTasksProperty().get() > 0 && !runner.progressMessageProperty().get().isEmpty()) {
                return runner.progressMessageProperty().get();
            }
            if (model.getPhase() == MainViewModel.Phase.OPENING) {
                return messages.get("store.opening");
            }
            return runner.savesPendingProperty().get() > 0 ? messages.get("status.saving") : messages.get("status.saved");
        }, runner.longTasksProperty(), runner.progressMessageProperty(), runner.savesPendingProperty(),
                model.phaseProperty(), model.noticeProperty()));
        status.progressProperty().bind(Bindings.createDoubleBinding(
                () -> runner.longTasksProperty().get() > 0 ? runner.progressProperty().get() : 0,
                runner.longTasksProperty(), runner.progressProperty()));
        return status;
    }
}
