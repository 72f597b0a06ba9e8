package be.dagpuzzel.progress.view;

import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.StringProperty;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableMap;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.GuidanceSession;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * "Transition" (doorstroom): the trajectory stored field by field (Enter or leaving the field),
 * the four phases of the transition path with their dates, and the guidance log with the hours
 * given against the target.
 */
final class TransitionTab extends Tab {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final double DATE_WIDTH = 130;
    private static final double HOURS_WIDTH = 90;

    private final TransitionViewModel model;
    private final Messages messages;

    TransitionTab(TransitionViewModel model, Messages messages) {
        super(messages.get("progress.tab.transition"));
        this.model = model;
        this.messages = messages;
        setId("progressTransitionTab");
        VBox content = new VBox(10,
                title("progress.transition.trajectory"), trajectory(),
                title("progress.transition.phases"), hint("progress.transition.phasesHint"), phases(),
                title("progress.guidance.title"), guidance());
        content.setPadding(new Insets(12));
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("edge-to-edge");
        setContent(scroll);
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("subsection-title");
        return label;
    }

    private Label hint(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private FormGrid trajectory() {
        TrajectoryForm form = model.trajectory();
        FormGrid grid = new FormGrid(form.errors());
        grid.setMaxWidth(640);
        Runnable commit = form::commit;
        grid.row(messages.get("progress.transition.start"), field("trajectoryStart", form.startProperty(), 10, commit),
                TrajectoryForm.START).setMaxWidth(DATE_WIDTH);
        grid.row(messages.get("progress.transition.end"), field("trajectoryEnd", form.endProperty(), 10, commit),
                TrajectoryForm.END).setMaxWidth(DATE_WIDTH);
        Label endText = new Label();
        endText.setId("trajectoryEndText");
        endText.getStyleClass().add("hint");
        endText.setWrapText(true);
        endText.textProperty().bind(model.endTextProperty());
        grid.wide(endText);
        CheckBox extended = new CheckBox(messages.get("progress.transition.extended"));
        extended.setId("trajectoryExtended");
        extended.selectedProperty().bindBidirectional(form.extendedProperty());
        extended.setOnAction(e -> form.commit());
        extended.visibleProperty().bind(form.extendableProperty());
        extended.managedProperty().bind(extended.visibleProperty());
        grid.wide(extended);
        grid.row(messages.get("progress.transition.job"), field("trajectoryJob", form.jobProperty(), 24, commit),
                TrajectoryForm.JOB);
        grid.row(messages.get("progress.transition.employer"),
                field("trajectoryEmployer", form.employerProperty(), 24, commit), TrajectoryForm.EMPLOYER);
        grid.row(messages.get("progress.transition.guidanceTarget"),
                field("trajectoryGuidanceTarget", form.guidanceTargetProperty(), 6, commit), TrajectoryForm.GUIDANCE_TARGET)
                .setMaxWidth(HOURS_WIDTH);
        grid.row(messages.get("progress.transition.careTarget"),
                field("trajectoryCareTarget", form.careTargetProperty(), 6, commit), TrajectoryForm.CARE_TARGET)
                .setMaxWidth(HOURS_WIDTH);
        grid.wide(hint("progress.transition.careTargetHint"));
        return grid;
    }

    private static TextField field(String id, StringProperty value, int columns, Runnable commit) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.textProperty().bindBidirectional(value);
        FormGrid.commitOnLeave(field, commit, null);
        return field;
    }

    private GridPane phases() {
        GridPane grid = new GridPane();
        grid.setId("transitionPhases");
        grid.setHgap(8);
        grid.setVgap(4);
        grid.addRow(0, header("progress.transition.phase"), header("progress.transition.from"),
                header("progress.transition.to"), header("progress.transition.note"));
        int row = 1;
        for (PhaseLine line : model.phases()) {
            String id = line.phase().name().toLowerCase();
            Label name = new Label(line.name());
            Label running = new Label(messages.get("progress.transition.running"));
            running.getStyleClass().add("phase-running");
            running.visibleProperty().bind(line.runningProperty());
            running.managedProperty().bind(running.visibleProperty());
            name.setMinWidth(Region.USE_PREF_SIZE);
            HBox nameBox = new HBox(6, name, running);
            nameBox.setAlignment(Pos.CENTER_LEFT);
            TextField from = field("phaseFrom-" + id, line.fromProperty(), 9, line::commit);
            TextField to = field("phaseTo-" + id, line.toProperty(), 9, line::commit);
            TextField note = field("phaseNote-" + id, line.noteProperty(), 24, line::commit);
            Button clear = new Button(messages.get("progress.transition.clear"));
            clear.setId("phaseClear-" + id);
            clear.disableProperty().bind(line.setProperty().not());
            clear.setOnAction(e -> line.clear());
            clear.setMinWidth(Region.USE_PREF_SIZE);
            grid.addRow(row++, nameBox, from, to, note, clear);
            Label errors = errorLabel("phaseErrors-" + id, line.errors());
            mark(line.errors(), from, PhaseLine.FROM);
            mark(line.errors(), to, PhaseLine.TO);
            mark(line.errors(), note, PhaseLine.NOTE);
            grid.add(errors, 1, row++, 4, 1);
        }
        return grid;
    }

    private Label header(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("form-label");
        return label;
    }

    private VBox guidance() {
        GuidanceLog log = model.guidance();
        ProgressBar bar = new ProgressBar();
        bar.setId("guidanceBar");
        bar.setPrefWidth(300);
        bar.progressProperty().bind(log.fractionProperty());
        Label total = new Label();
        total.setId("guidanceTotal");
        total.textProperty().bind(log.totalProperty());
        HBox totals = new HBox(10, bar, total);
        totals.setAlignment(Pos.CENTER_LEFT);

        TableView<GuidanceSession> table = new TableView<>(log.sessions());
        table.setId("guidanceTable");
        table.setPlaceholder(new Label(messages.get("progress.guidance.none")));
        TableColumn<GuidanceSession, String> date = new TableColumn<>(messages.get("progress.guidance.date"));
        date.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.shortDate(c.getValue().heldOn())));
        date.setPrefWidth(110);
        TableColumn<GuidanceSession, String> hours = new TableColumn<>(messages.get("progress.guidance.hoursLabel"));
        hours.setCellValueFactory(c -> new ReadOnlyStringWrapper(log.hoursText(c.getValue().hours())));
        hours.setPrefWidth(70);
        TableColumn<GuidanceSession, String> note = new TableColumn<>(messages.get("progress.guidance.note"));
        note.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().note()));
        note.setPrefWidth(380);
        table.getColumns().setAll(List.of(date, hours, note));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(180);
        table.setMaxWidth(720);
        Button remove = new Button(messages.get("progress.guidance.remove"));
        remove.setId("guidanceRemove");
        remove.disableProperty().bind(table.getSelectionModel().selectedItemProperty().isNull());
        remove.setOnAction(e -> log.remove(table.getSelectionModel().getSelectedItem()));
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DELETE && table.getSelectionModel().getSelectedItem() != null) {
                log.remove(table.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });

        TextField day = input("guidanceDate", log.dateProperty(), 9, "progress.guidance.date", log::add);
        TextField hoursIn = input("guidanceHours", log.hoursProperty(), 4, "progress.guidance.hoursLabel", log::add);
        TextField noteIn = input("guidanceNote", log.noteProperty(), 28, "progress.guidance.note", log::add);
        Button add = new Button(messages.get("progress.guidance.add"));
        add.setId("guidanceAdd");
        add.setOnAction(e -> log.add());
        add.setMinWidth(Region.USE_PREF_SIZE);
        remove.setMinWidth(Region.USE_PREF_SIZE);
        mark(log.errors(), day, GuidanceLog.DATE);
        mark(log.errors(), hoursIn, GuidanceLog.HOURS);
        mark(log.errors(), noteIn, GuidanceLog.NOTE);
        HBox form = new HBox(8, day, hoursIn, noteIn, add, remove);
        form.setAlignment(Pos.CENTER_LEFT);
        return new VBox(8, totals, table, form, errorLabel("guidanceErrors", log.errors()));
    }

    private TextField input(String id, StringProperty value, int columns, String promptKey, Runnable submit) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(columns);
        field.setPromptText(messages.get(promptKey));
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> submit.run());
        return field;
    }

    /** A line with every message of a small form. */
    private static Label errorLabel(String id, ObservableMap<String, String> errors) {
        Label label = new Label();
        label.setId(id);
        label.getStyleClass().add("field-error");
        label.setWrapText(true);
        Runnable show = () -> {
            label.setText(String.join(" ", errors.values()));
            label.setVisible(!errors.isEmpty());
            label.setManaged(!errors.isEmpty());
        };
        errors.addListener((MapChangeListener<String, String>) c -> show.run());
        show.run();
        return label;
    }

    private static void mark(ObservableMap<String, String> errors, TextField field, String name) {
        errors.addListener((MapChangeListener<String, String>) c -> field.pseudoClassStateChanged(INVALID,
                errors.containsKey(name)));
    }
}
