package be.dagpuzzel.progress.view;

import java.util.List;

import javafx.beans.binding.Bindings;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.css.PseudoClass;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Tab;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableRow;
import javafx.scene.control.TableView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.Meeting;
import be.dagpuzzel.ui.Messages;

/**
 * "Meetings": the programme's rule and when the next meeting is due, the meetings planned and held
 * (Enter marks the chosen one as held or edits it, Delete removes it, Ctrl+Z brings it back), what
 * the chosen one's notes (confidential) and agreements say, and the form below.
 */
final class MeetingsTab extends Tab {

    private static final PseudoClass LATE = PseudoClass.getPseudoClass("late");

    private final MeetingsViewModel model;
    private final Messages messages;
    private final TableView<Meeting> table = new TableView<>();

    MeetingsTab(MeetingsViewModel model, Messages messages) {
        super(messages.get("progress.tab.meetings"));
        this.model = model;
        this.messages = messages;
        setId("progressMeetingsTab");

        Label rule = new Label();
        rule.setId("meetingRule");
        rule.setWrapText(true);
        rule.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        rule.textProperty().bind(model.ruleProperty());
        Label next = new Label();
        next.setId("meetingNext");
        next.getStyleClass().add("meeting-next");
        next.setWrapText(true);
        next.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
        next.textProperty().bind(model.nextProperty());
        model.nextLateProperty().addListener((obs, was, late) -> next.pseudoClassStateChanged(LATE, late));
        next.pseudoClassStateChanged(LATE, model.nextLateProperty().get());

        Button plan = button("planMeeting", "progress.meetings.plan");
        plan.setOnAction(e -> model.startPlan());
        Button held = button("markHeld", "progress.meetings.markHeld");
        held.setOnAction(e -> model.startHeld(selected()));
        Button edit = button("editMeeting", "progress.meetings.edit");
        edit.setOnAction(e -> model.startEdit(selected()));
        Button remove = button("removeMeeting", "progress.meetings.remove");
        remove.setOnAction(e -> model.remove(selected()));
        var chosen = table.getSelectionModel().selectedItemProperty();
        held.disableProperty().bind(Bindings.createBooleanBinding(() -> chosen.get() == null || chosen.get().isHeld(), chosen));
        edit.disableProperty().bind(chosen.isNull());
        remove.disableProperty().bind(chosen.isNull());
        HBox actions = new HBox(8, plan, held, edit, remove);
        actions.setAlignment(Pos.CENTER_LEFT);

        buildTable();
        MeetingForm form = new MeetingForm(model, messages, () -> table.requestFocus());
        VBox content = new VBox(8, rule, next, actions, table, details(chosen), form);
        VBox.setVgrow(table, Priority.ALWAYS);
        content.setPadding(new Insets(12));
        setContent(content);
        long[] chosenId = {-1};
        chosen.addListener((obs, old, m) -> {
            if (m != null) {
                chosenId[0] = m.id();
            }
        });
        model.meetings().addListener((javafx.collections.ListChangeListener<Meeting>) c -> {
            // read again after a change: the same meeting stays chosen
            model.meetings().stream().filter(m -> m.id() == chosenId[0]).findFirst()
                    .ifPresent(m -> table.getSelectionModel().select(m));
            showDetails(selected());
        });
    }

    private final Label notesText = new Label();
    private final Label agreementsText = new Label();
    private final Label confidential = new Label();

    /** Under the list: the chosen meeting's notes (marked confidential) and agreements. */
    private VBox details(javafx.beans.value.ObservableValue<Meeting> chosen) {
        confidential.setText(messages.get("progress.meetings.confidential"));
        confidential.getStyleClass().add("confidential-badge");
        confidential.setId("meetingConfidential");
        confidential.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
        notesText.setId("meetingNotesText");
        notesText.setWrapText(true);
        agreementsText.setId("meetingAgreementsText");
        agreementsText.setWrapText(true);
        HBox notesLine = new HBox(8, confidential, notesText);
        notesLine.setAlignment(Pos.TOP_LEFT);
        chosen.addListener((obs, old, m) -> showDetails(m));
        showDetails(null);
        VBox box = new VBox(4, notesLine, agreementsText);
        box.setId("meetingDetails");
        return box;
    }

    private void showDetails(Meeting chosen) {
        Meeting m = chosen == null ? null
                : model.meetings().stream().filter(x -> x.id() == chosen.id()).findFirst().orElse(chosen);
        boolean notes = m != null && !m.notes().isEmpty();
        confidential.setVisible(notes);
        confidential.setManaged(notes);
        notesText.setText(m == null ? messages.get("progress.meetings.noneSelected")
                : notes ? messages.get("progress.meetings.notes") + ": " + m.notes() : "");
        agreementsText.setText(m == null || m.agreements().isEmpty() ? ""
                : messages.get("progress.meetings.agreements") + ": " + m.agreements());
        agreementsText.setManaged(!agreementsText.getText().isEmpty());
        agreementsText.setVisible(agreementsText.isManaged());
    }

    private Button button(String id, String key) {
        Button b = new Button(messages.get(key));
        b.setId(id);
        return b;
    }

    private Meeting selected() {
        return table.getSelectionModel().getSelectedItem();
    }

    private void buildTable() {
        table.setId("meetingTable");
        table.setItems(model.meetings());
        table.setPlaceholder(new Label(messages.get("progress.meetings.none")));
        TableColumn<Meeting, String> kind = column("progress.meetings.kind", 190);
        kind.setCellValueFactory(c -> new ReadOnlyStringWrapper(model.kindName(c.getValue().kind())));
        TableColumn<Meeting, String> planned = column("progress.meetings.planned", 110);
        planned.setCellValueFactory(c -> new ReadOnlyStringWrapper(messages.shortDate(c.getValue().plannedOn())));
        TableColumn<Meeting, String> heldOn = column("progress.meetings.heldOn", 110);
        heldOn.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().heldOn().map(messages::shortDate)
                .orElseGet(() -> messages.get("progress.meetings.notHeld"))));
        TableColumn<Meeting, String> agreements = column("progress.meetings.agreements", 360);
        agreements.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().agreements().replace('\n', ' ')));
        table.getColumns().setAll(List.of(kind, planned, heldOn, agreements));
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        table.setPrefHeight(220);
        table.setRowFactory(t -> {
            TableRow<Meeting> row = new TableRow<>() {
                @Override
                protected void updateItem(Meeting item, boolean empty) {
                    super.updateItem(item, empty);
                    pseudoClassStateChanged(PseudoClass.getPseudoClass("planned"), !empty && item != null && !item.isHeld());
                }
            };
            row.setOnMouseClicked(e -> {
                if (e.getClickCount() == 2 && !row.isEmpty()) {
                    open(row.getItem());
                }
            });
            return row;
        });
        table.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && selected() != null) {
                open(selected());
                e.consume();
            } else if (e.getCode() == KeyCode.DELETE && selected() != null) {
                model.remove(selected());
                e.consume();
            }
        });
    }

    private void open(Meeting m) {
        if (m.isHeld()) {
            model.startEdit(m);
        } else {
            model.startHeld(m);
        }
    }

    private TableColumn<Meeting, String> column(String key, double width) {
        TableColumn<Meeting, String> c = new TableColumn<>(messages.get(key));
        c.setPrefWidth(width);
        c.setSortable(false);
        return c;
    }
}
