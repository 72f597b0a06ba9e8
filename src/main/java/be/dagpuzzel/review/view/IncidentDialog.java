package be.dagpuzzel.review.view;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.cell.CheckBoxListCell;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;
import javafx.stage.Window;

import be.dagpuzzel.core.TimeText;
import be.dagpuzzel.review.Incident;
import be.dagpuzzel.review.IncidentKind;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.Messages;

/**
 * Records an incident: time, kind, what happened, what was done, the participants and staff
 * involved (Space ticks the selected name), and whether a follow-up is needed. Nothing is closed
 * until the required parts are there.
 */
final class IncidentDialog {

    private IncidentDialog() {
    }

    static Optional<Incident> show(Window owner, Messages messages, LocalDate date,
                                   List<ReviewModels.Person> participants, List<ReviewModels.Person> staff,
                                   Optional<Incident> existing) {
        Dialog<Incident> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.get(existing.isPresent() ? "review.incident.edit" : "review.incident.add"));
        dialog.setHeaderText(messages.format("review.incident.header", messages.longDate(date)));
        TextField time = new TextField(existing.flatMap(Incident::time).map(TimeText::format).orElse(""));
        time.setId("incidentTime");
        time.setPrefColumnCount(6);
        time.setPromptText("14:30");
        ComboBox<IncidentKind> kind = new ComboBox<>(FXCollections.observableArrayList(IncidentKind.values()));
        kind.setId("incidentKind");
        EnumCells.use(kind, k -> messages.get(k.messageKey()));
        kind.setValue(existing.map(Incident::kind).orElse(IncidentKind.FALL));
        TextArea what = area("incidentWhat", existing.map(Incident::whatHappened).orElse(""));
        TextArea action = area("incidentAction", existing.map(Incident::actionTaken).orElse(""));
        CheckBox followUp = new CheckBox(messages.get("review.incident.followUpNeeded"));
        followUp.setId("incidentFollowUp");
        followUp.setSelected(existing.map(Incident::followUpNeeded).orElse(false));
        Set<Long> chosenParticipants = new HashSet<>(existing.map(Incident::participantIds).orElse(List.of()));
        Set<Long> chosenStaff = new HashSet<>(existing.map(Incident::staffIds).orElse(List.of()));
        ListView<Choice> who = new ListView<>(choices(participants, chosenParticipants));
        who.setId("incidentParticipants");
        ListView<Choice> team = new ListView<>(choices(staff, chosenStaff));
        team.setId("incidentStaff");
        for (ListView<Choice> list : List.of(who, team)) {
            list.setCellFactory(CheckBoxListCell.forListView(Choice::chosen));
            list.setPrefHeight(150);
            list.setPrefWidth(220);
            list.setOnKeyPressed(e -> {
                Choice c = list.getSelectionModel().getSelectedItem();
                if (c != null && e.getCode() == KeyCode.SPACE) {
                    c.chosen().set(!c.chosen().get());
                    e.consume();
                }
            });
        }
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(6);
        HBox timeAndKind = new HBox(8, time, new Label(messages.get("review.incident.kind")), kind);
        timeAndKind.setAlignment(javafx.geometry.Pos.CENTER_LEFT);
        grid.addRow(0, new Label(messages.get("review.incident.time")), timeAndKind);
        grid.addRow(1, new Label(messages.get("review.incident.what") + " *"), what);
        grid.addRow(2, new Label(messages.get("review.incident.action")), action);
        grid.add(followUp, 1, 3);
        Label problem = new Label();
        problem.setId("incidentProblem");
        problem.getStyleClass().add("field-error");
        problem.setWrapText(true);
        HBox people = new HBox(10, new VBox(4, new Label(messages.get("review.incident.participants")), who),
                new VBox(4, new Label(messages.get("review.incident.staff")), team));
        dialog.getDialogPane().setContent(new VBox(10, grid, people, problem));
        ButtonType save = new ButtonType(messages.get("review.incident.save"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(save, DialogButtons.cancel(messages));
        dialog.getDialogPane().lookupButton(save).setId("incidentSave");
        dialog.getDialogPane().lookupButton(save).addEventFilter(javafx.event.ActionEvent.ACTION, e -> {
            String wrong = check(messages, time, what, action);
            problem.setText(wrong);
            if (!wrong.isEmpty()) {
                e.consume();
            }
        });
        dialog.setResultConverter(button -> button != save ? null : new Incident(existing.map(Incident::id).orElse(0L),
                date, TimeText.parse(time.getText()), kind.getValue(), what.getText(), action.getText(),
                followUp.isSelected(), existing.map(Incident::followUpDone).orElse(false),
                chosen(who.getItems(), chosenParticipants), chosen(team.getItems(), chosenStaff)));
        javafx.application.Platform.runLater(what::requestFocus);
        return dialog.showAndWait();
    }

    /** A name with a tick. */
    private record Choice(long id, String name, BooleanProperty chosen) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static ObservableList<Choice> choices(List<ReviewModels.Person> people, Set<Long> chosen) {
        return FXCollections.observableArrayList(people.stream()
                .map(p -> new Choice(p.id(), p.name(), new SimpleBooleanProperty(chosen.contains(p.id())))).toList());
    }

    /** The ticked names, and whoever was involved before but is not in the list (so an edit never drops them). */
    private static List<Long> chosen(List<Choice> choices, Set<Long> before) {
        List<Long> result = new java.util.ArrayList<>(choices.stream().filter(c -> c.chosen().get()).map(Choice::id).toList());
        Set<Long> offered = new HashSet<>(choices.stream().map(Choice::id).toList());
        before.stream().filter(id -> !offered.contains(id)).forEach(result::add);
        return result;
    }

    private static TextArea area(String id, String text) {
        TextArea a = new TextArea(text);
        a.setId(id);
        a.setPrefRowCount(3);
        a.setPrefColumnCount(36);
        a.setWrapText(true);
        // Tab moves on, as in the other fields, instead of typing a tab
        a.addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.TAB && !e.isControlDown()) {
                e.consume();
                a.requestFocusTraversal(e.isShiftDown() ? javafx.scene.TraversalDirection.PREVIOUS
                        : javafx.scene.TraversalDirection.NEXT);
            }
        });
        return a;
    }

    /** What is missing or wrong, or "" when it can be stored. */
    private static String check(Messages messages, TextField time, TextArea what, TextArea action) {
        List<String> problems = new java.util.ArrayList<>();
        if (!time.getText().isBlank() && TimeText.parse(time.getText()).isEmpty()) {
            problems.add(messages.format("review.incident.badTime", time.getText()));
        }
        if (what.getText().isBlank()) {
            problems.add(messages.get("review.incident.whatRequired"));
        } else if (what.getText().strip().length() > Incident.TEXT_MAX) {
            problems.add(messages.format("validation.tooLong", Incident.TEXT_MAX));
        }
        if (action.getText().strip().length() > Incident.TEXT_MAX) {
            problems.add(messages.format("validation.tooLong", Incident.TEXT_MAX));
        }
        return String.join(" ", problems);
    }
}
