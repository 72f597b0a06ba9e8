package be.dagpuzzel.roster.view;

import java.time.LocalDate;
import java.util.List;

import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tooltip;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.KeyCode;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SectionCommands;

/**
 * The "Today" section: who is here on the left, the day's slots in the middle, what the rules
 * say on the right. Drag a person onto a place, or select a place and type part of a name;
 * Delete clears a place; Ctrl+Z / Ctrl+Y undo and redo; Ctrl+R fills the rest with auto-plan.
 */
public final class RosterBoardView extends BorderPane implements SectionCommands {


    private final RosterBoardViewModel model;
    private final Messages messages;
    private final VBox cards = new VBox(8);
    private SeatRef focusedSeat;
    private final javafx.beans.value.ChangeListener<LocalDate> dateListener = (obs, old, day) -> onDate(day);

    private void onDate(LocalDate day) {
        model.load(day);
    }

    /** What the board needs from the app: the centre's name, opening a PDF, reporting an absence. */
    public interface Printing {
        String centreName();

        void open(java.nio.file.Path pdf);

        /** Opens the absence dialog with {@code name} typed in. */
        void reportAbsence(String name);
    }

    private final Printing printing;

    public RosterBoardView(RosterBoardViewModel model, Messages messages, ObservableValue<LocalDate> date,
                           Printing printing) {
        this.model = model;
        this.messages = messages;
        this.printing = printing;
        getStyleClass().add("roster-board");
        setTop(toolbar());
        setLeft(peoplePane());
        ScrollPane scroll = new ScrollPane(cards);
        scroll.setFitToWidth(true);
        scroll.getStyleClass().add("board-cards");
        cards.getStyleClass().add("cards");
        setCenter(scroll);
        setRight(warningPane());
        model.slots().addListener((ListChangeListener<BoardModels.SlotCard>) c -> drawCards());
        model.summaryProperty().addListener((obs, old, text) -> {
            if (model.slots().isEmpty()) {
                drawCards(); // an empty day's notice changes with the day (closed, which holiday)
            }
        });
        // weak: a board left behind when the window is rebuilt (language, restore) stops following the date
        date.addListener(new javafx.beans.value.WeakChangeListener<>(dateListener));
        model.load(date.getValue());
    }

    private Node toolbar() {
        Label title = new Label(messages.get("section.today"));
        title.getStyleClass().add("section-title");
        javafx.scene.control.MenuItem lastWeek = new javafx.scene.control.MenuItem(messages.get("roster.copyLastWeek"));
        lastWeek.setId("copyLastWeek");
        lastWeek.setOnAction(e -> model.copyFromLastWeek());
        javafx.scene.control.MenuItem template = new javafx.scene.control.MenuItem(messages.get("roster.template"));
        template.setId("startFromTemplate");
        template.setOnAction(e -> model.startFromTemplate());
        javafx.scene.control.MenuButton copy = new javafx.scene.control.MenuButton(messages.get("roster.startFrom"), null,
                lastWeek, template);
        copy.setId("startFrom");
        copy.setTooltip(new Tooltip(messages.get("roster.copyLastWeek.tooltip")));
        copy.setMinWidth(Region.USE_PREF_SIZE);
        copy.disableProperty().bind(model.workingDayProperty().not());
        Button plan = button("autoPlan", "roster.autoPlan", "roster.autoPlan.tooltip", model::autoPlan);
        plan.getStyleClass().add("accent");
        Button stop = button("stopAutoPlan", "roster.autoPlan.stop", "roster.autoPlan.stop.tooltip", model::stopAutoPlan);
        stop.visibleProperty().bind(model.planningProperty());
        stop.managedProperty().bind(stop.visibleProperty());
        plan.disableProperty().bind(model.planningProperty().or(model.workingDayProperty().not()));
        Button undo = button("boardUndo", "roster.undo", "roster.undo.tooltip", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("boardRedo", "roster.redo", "roster.redo.tooltip", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        Label summary = new Label();
        summary.setId("boardSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("board-summary");
        javafx.css.PseudoClass checking = javafx.css.PseudoClass.getPseudoClass("checking");
        summary.pseudoClassStateChanged(checking, model.checkingProperty().get());
        model.checkingProperty().addListener((obs, old, now) -> summary.pseudoClassStateChanged(checking, now));
        Label message = new Label();
        message.setId("boardMessage");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("hint");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button print = button("printRoster", "roster.print", "roster.print.tooltip", this::print);
        Button addSlot = button("addSlot", "roster.slot.add", "roster.slot.add.tooltip", () -> BoardDialogs
                .newSlot(getScene().getWindow(), messages, model.taskTypes())
                .ifPresent(s -> model.addSlot(s.taskTypeId(), s.label(), s.from(), s.to(), s.people())));
        addSlot.disableProperty().bind(model.workingDayProperty().not());
        Button replan = button("replan", "roster.replan", "roster.replan.tooltip", model::replan);
        replan.disableProperty().bind(model.planningProperty().or(model.workingDayProperty().not()));
        HBox bar = new HBox(8, title, spacer, addSlot, copy, plan, replan, stop, undo, redo, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        title.setMinWidth(Region.USE_PREF_SIZE);
        for (Node n : bar.getChildren()) {
            if (n instanceof Button b) {
                b.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
        summary.setMinWidth(Region.USE_PREF_SIZE);
        HBox status = new HBox(16, summary, message);
        status.setAlignment(Pos.CENTER_LEFT);
        VBox top = new VBox(2, bar, status);
        top.getStyleClass().add("board-toolbar");
        return top;
    }

    private Button button(String id, String textKey, String tooltipKey, Runnable action) {
        Button b = new Button(messages.get(textKey));
        b.setId(id);
        b.setTooltip(new Tooltip(messages.get(tooltipKey)));
        b.setOnAction(e -> action.run());
        return b;
    }

    private Node peoplePane() {
        ListView<BoardModels.PersonLine> here = people("hereList", model.here());
        here.setOnKeyPressed(e -> {
            BoardModels.PersonLine person = here.getSelectionModel().getSelectedItem();
            if (person != null && e.getCode() == KeyCode.DELETE) {
                printing.reportAbsence(person.name());
                e.consume();
            } else if (person != null && e.getCode() == KeyCode.L) {
                BoardDialogs.arrival(getScene().getWindow(), messages, person.name())
                        .ifPresent(time -> model.markLate(person.staffId(), time));
                e.consume();
            }
        });
        here.setTooltip(new Tooltip(messages.get("roster.here.tooltip")));
        ListView<BoardModels.PersonLine> away = people("awayList", model.away());
        away.setPrefHeight(140);
        Label hereTitle = new Label(messages.get("roster.here"));
        hereTitle.getStyleClass().add("subsection-title");
        Label awayTitle = new Label(messages.get("roster.away"));
        awayTitle.getStyleClass().add("subsection-title");
        Button extra = new Button(messages.get("roster.extra.add"));
        extra.setId("addExtra");
        extra.setMaxWidth(Double.MAX_VALUE);
        extra.disableProperty().bind(model.workingDayProperty().not());
        extra.setOnAction(e -> BoardDialogs.extra(getScene().getWindow(), messages, model.couldComeExtra())
                .ifPresent(x -> model.addExtra(x.staffId(), x.from(), x.to())));
        VBox pane = new VBox(6, hereTitle, here, extra, awayTitle, away);
        VBox.setVgrow(here, Priority.ALWAYS);
        pane.getStyleClass().add("board-people");
        pane.setPrefWidth(230);
        return pane;
    }

    private ListView<BoardModels.PersonLine> people(String id, javafx.collections.ObservableList<BoardModels.PersonLine> items) {
        ListView<BoardModels.PersonLine> list = new ListView<>(items);
        list.setId(id);
        list.setCellFactory(v -> {
            ListCell<BoardModels.PersonLine> cell = new ListCell<>() {
                @Override
                protected void updateItem(BoardModels.PersonLine item, boolean empty) {
                    super.updateItem(item, empty);
                    if (empty || item == null) {
                        setText(null);
                        setGraphic(null);
                        return;
                    }
                    Label name = new Label(item.name());
                    name.getStyleClass().add("person-name");
                    Label detail = new Label(item.detail() + (item.places() > 0
                            ? "  ·  " + messages.format("roster.places", item.places()) : ""));
                    detail.getStyleClass().add("person-detail");
                    detail.setWrapText(true);
                    detail.setMaxWidth(190);
                    setGraphic(new VBox(1, name, detail));
                    setText(null);
                }
            };
            cell.setOnDragDetected(e -> {
                if (cell.getItem() != null) {
                    ClipboardContent content = new ClipboardContent();
                    content.putString(SeatNode.PERSON + cell.getItem().staffId());
                    cell.startDragAndDrop(TransferMode.COPY).setContent(content);
                    e.consume();
                }
            });
            return cell;
        });
        return list;
    }

    private Node warningPane() {
        ListView<BoardModels.WarningLine> list = new ListView<>(model.warnings());
        list.setId("warningList");
        list.setPlaceholder(new Label(messages.get("roster.noWarnings")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(BoardModels.WarningLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("warning-hard", "warning-soft");
                if (empty || item == null) {
                    setText(null);
                    return;
                }
                setText((item.hard() ? "⚠ " : "• ") + item.text());
                setWrapText(true);
                setPrefWidth(1);
                getStyleClass().add(item.hard() ? "warning-hard" : "warning-soft");
            }
        });
        list.setOnMouseClicked(e -> showPlace(list.getSelectionModel().getSelectedItem()));
        list.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                showPlace(list.getSelectionModel().getSelectedItem());
            }
        });
        Label title = new Label(messages.get("roster.warnings"));
        title.getStyleClass().add("subsection-title");
        VBox pane = new VBox(6, title, list);
        VBox.setVgrow(list, Priority.ALWAYS);
        pane.getStyleClass().add("board-warnings");
        pane.setPrefWidth(300);
        return pane;
    }

    /** Scrolls the warning's place into view and puts the focus on it. */
    private void showPlace(BoardModels.WarningLine line) {
        if (line == null || line.seatIds().isEmpty()) {
            return;
        }
        Node seat = cards.lookup("#seat-" + line.seatIds().getFirst().replace('#', '-'));
        if (seat == null) {
            return;
        }
        ScrollPane scroll = (ScrollPane) getCenter();
        double contentHeight = cards.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        double y = cards.sceneToLocal(seat.localToScene(seat.getBoundsInLocal())).getMinY();
        if (contentHeight > viewport) {
            scroll.setVvalue(Math.max(0, Math.min(1, (y - viewport / 3) / (contentHeight - viewport))));
        }
        seat.requestFocus();
    }

    private void drawCards() {
        SeatRef keep = focusedSeat;
        cards.getChildren().clear();
        SeatNode.Actions actions = new SeatNode.Actions() {
            @Override
            public void assign(SeatRef seat, long staffId) {
                model.assign(seat, staffId);
            }

            @Override
            public void move(SeatRef from, SeatRef to) {
                model.move(from, to);
            }

            @Override
            public void clear(SeatRef seat) {
                model.unassign(seat);
            }

            @Override
            public void choose(SeatNode node, String typed) {
                List<BoardModels.Candidate> first = new java.util.ArrayList<>();
                model.here().forEach(p -> first.add(new BoardModels.Candidate(p.staffId(), p.name(), false, false,
                        p.detail())));
                model.away().forEach(p -> first.add(new BoardModels.Candidate(p.staffId(), p.name(), false, true,
                        p.detail())));
                AssignPopup.show(node, typed, first, messages, done -> model.candidates(node.ref(), done),
                        id -> model.assign(node.ref(), id));
            }
        };
        SeatNode toFocus = null;
        for (BoardModels.SlotCard card : model.slots()) {
            Region colour = new Region();
            colour.getStyleClass().add("slot-colour");
            colour.setStyle("-fx-background-color: " + card.colour() + ";");
            Label label = new Label(card.label());
            label.getStyleClass().add("slot-label");
            label.setWrapText(true);
            Label info = new Label(card.hours() + "  ·  " + card.taskName());
            info.getStyleClass().add("slot-info");
            info.setWrapText(true);
            VBox text = new VBox(2, label, info);
            text.setPrefWidth(220);
            text.setMinWidth(180);
            FlowPane seats = new FlowPane(6, 6);
            for (BoardModels.SeatLine seat : card.seats()) {
                SeatNode node = new SeatNode(seat, messages, actions, ref -> focusedSeat = ref);
                seats.getChildren().add(node);
                if (seat.ref().equals(keep)) {
                    toFocus = node;
                }
            }
            HBox.setHgrow(seats, Priority.ALWAYS);
            HBox row = new HBox(10, colour, text, seats);
            row.setAlignment(Pos.CENTER_LEFT);
            row.getStyleClass().add("slot-card");
            row.setOnContextMenuRequested(e -> {
                slotMenu(card).show(row, e.getScreenX(), e.getScreenY());
                e.consume();
            });
            cards.getChildren().add(row);
        }
        if (model.slots().isEmpty()) {
            Label empty = new Label(model.summaryProperty().get());
            empty.getStyleClass().add("hint");
            cards.getChildren().add(empty);
        }
        if (toFocus != null) {
            SeatNode focus = toFocus;
            Platform.runLater(focus::requestFocus);
        }
    }

    /** Right-click (or the menu key) on a slot: change it for today only. */
    private javafx.scene.control.ContextMenu slotMenu(BoardModels.SlotCard card) {
        javafx.scene.control.MenuItem retime = new javafx.scene.control.MenuItem(messages.get("roster.slot.retime"));
        String[] hours = card.hours().split("–");
        retime.setOnAction(e -> BoardDialogs.hours(getScene().getWindow(), messages, hours[0], hours[1])
                .ifPresent(h -> model.retimeSlot(card.slotId(), h.from(), h.to())));
        javafx.scene.control.MenuItem more = new javafx.scene.control.MenuItem(messages.get("roster.slot.more"));
        more.setOnAction(e -> model.changePlaces(card.slotId(), 1));
        javafx.scene.control.MenuItem less = new javafx.scene.control.MenuItem(messages.get("roster.slot.less"));
        less.setOnAction(e -> model.changePlaces(card.slotId(), -1));
        less.setDisable(card.seats().size() <= 1);
        javafx.scene.control.MenuItem remove = new javafx.scene.control.MenuItem(messages.get("roster.slot.remove"));
        remove.setOnAction(e -> model.removeSlot(card.slotId()));
        return new javafx.scene.control.ContextMenu(retime, more, less, new javafx.scene.control.SeparatorMenuItem(),
                remove);
    }

    private void print() {
        javafx.stage.FileChooser chooser = new javafx.stage.FileChooser();
        chooser.setTitle(messages.get("roster.print.choose"));
        chooser.setInitialFileName(messages.get("roster.print.fileName") + "-" + model.dateProperty().get() + ".pdf");
        java.io.File documents = new java.io.File(System.getProperty("user.home"), "Documents");
        chooser.setInitialDirectory(documents.isDirectory() ? documents : new java.io.File(System.getProperty("user.home")));
        chooser.getExtensionFilters().add(new javafx.stage.FileChooser.ExtensionFilter("PDF", "*.pdf"));
        java.io.File file = chooser.showSaveDialog(getScene().getWindow());
        if (file != null) {
            model.saveSheet(file.toPath(), printing.centreName(), printing::open);
        }
    }

    @Override
    public boolean undo() {
        model.undo();
        return true;
    }

    @Override
    public void redo() {
        model.redo();
    }

    @Override
    public void fillTheRest() {
        model.autoPlan();
    }

    @Override
    public void replan() {
        model.replan();
    }

    @Override
    public void printDay() {
        print();
    }

    /** Puts a panel (the review's "Yesterday") on the right, above the rules' warnings. */
    public void addSidePanel(Node panel) {
        ((VBox) getRight()).getChildren().addFirst(panel);
    }

    /** Reloads after changes made elsewhere (an absence reported, a worker edited). */
    public void refresh() {
        model.refresh();
    }
}
