package be.dagpuzzel.transport.view;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.beans.value.WeakChangeListener;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.transport.AbsenceReason;
import be.dagpuzzel.transport.RunDirection;
import be.dagpuzzel.transport.Vehicle;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SectionCommands;

/**
 * The "Transport" section: the morning calls on the left (type part of a name, Enter, reason,
 * Enter), the day's runs in the middle (morning left, evening right) with vehicle, driver,
 * companion, planned times, capacity and problems. Drag a stop to another place or run, or move
 * it with Alt+Up/Down; Ctrl+Z undoes; Ctrl+P prints all route sheets.
 */
public final class TransportView extends BorderPane implements SectionCommands {

    /** What the view needs from the app: where printed sheets go, and opening them. */
    public interface Printing {
        /** The PDF file for printing now (in the data folder), named after the date. */
        Path printFile(String fileName);

        /** A file the user chooses to save the PDF, if any. */
        Optional<Path> chooseFile(String fileName);

        void open(Path pdf);

        /** Opens the settings of vehicles and runs. */
        void editVehiclesAndRoutes();
    }

    private final TransportViewModel model;
    private final Messages messages;
    private final Printing printing;
    private final GridPane grid = new GridPane();
    private final TextField callName = new TextField();
    private final ListView<TransportModels.Expected> callMatches = new ListView<>();
    private final ComboBox<AbsenceReason> callReason = new ComboBox<>(FXCollections.observableArrayList(
            AbsenceReason.values()));
    private final TextField callUntil = new TextField();
    private final TextField callNote = new TextField();
    private final CheckBox largePrint = new CheckBox();
    private final ChangeListener<LocalDate> dateListener = (obs, old, day) -> onDate(day);
    /** The stop being dragged: participant and run. */
    private long[] dragging;

    public TransportView(TransportViewModel model, Messages messages, ObservableValue<LocalDate> date,
                         Printing printing) {
        this.model = model;
        this.messages = messages;
        this.printing = printing;
        getStyleClass().add("transport-view");
        setTop(toolbar());
        setLeft(callPane());
        grid.setHgap(10);
        grid.setVgap(10);
        grid.getStyleClass().add("cards");
        ColumnConstraints half = new ColumnConstraints();
        half.setPercentWidth(50);
        half.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(half, half);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        setCenter(scroll);
        model.runs().addListener((ListChangeListener<TransportModels.RunCard>) c -> drawRuns());
        date.addListener(new WeakChangeListener<>(dateListener));
        model.load(date.getValue());
    }

    private void onDate(LocalDate day) {
        model.load(day);
    }

    private Node toolbar() {
        Label title = new Label(messages.get("section.transport"));
        title.getStyleClass().add("section-title");
        title.setMinWidth(Region.USE_PREF_SIZE);
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        Button setup = button("transportSetup", "transport.setup", "transport.setup.tooltip",
                printing::editVehiclesAndRoutes);
        largePrint.setText(messages.get("transport.largePrint"));
        largePrint.setId("largePrint");
        largePrint.setTooltip(new Tooltip(messages.get("transport.largePrint.tooltip")));
        largePrint.setMinWidth(Region.USE_PREF_SIZE);
        Button print = button("printSheets", "transport.print", "transport.print.tooltip", () -> print(Optional.empty()));
        print.getStyleClass().add("accent");
        Button save = button("saveSheets", "transport.save", "transport.save.tooltip", this::saveAs);
        Button undo = button("transportUndo", "roster.undo", "roster.undo.tooltip", model::undo);
        undo.disableProperty().bind(model.canUndoProperty().not());
        Button redo = button("transportRedo", "roster.redo", "roster.redo.tooltip", model::redo);
        redo.disableProperty().bind(model.canRedoProperty().not());
        HBox bar = new HBox(8, title, spacer, setup, undo, redo, largePrint, save, print);
        bar.setAlignment(Pos.CENTER_LEFT);
        Label summary = new Label();
        summary.setId("transportSummary");
        summary.textProperty().bind(model.summaryProperty());
        summary.getStyleClass().add("board-summary");
        summary.setMinWidth(Region.USE_PREF_SIZE);
        Label message = new Label();
        message.setId("transportMessage");
        message.textProperty().bind(model.messageProperty());
        message.getStyleClass().add("hint");
        message.visibleProperty().bind(model.messageProperty().isNotEmpty());
        message.managedProperty().bind(message.visibleProperty());
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
        b.setMinWidth(Region.USE_PREF_SIZE);
        return b;
    }

    // --- the morning calls ---------------------------------------------------------------------

    private Node callPane() {
        Label title = new Label(messages.get("transport.calls"));
        title.getStyleClass().add("subsection-title");
        callName.setId("callName");
        callName.setPromptText(messages.get("transport.call.name"));
        callMatches.setId("callMatches");
        callMatches.setPrefHeight(120);
        callMatches.setVisible(false);
        callMatches.setManaged(false);
        callName.textProperty().addListener((obs, old, text) -> filterMatches(text));
        callName.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.DOWN && callMatches.isVisible()) {
                callMatches.requestFocus();
                callMatches.getSelectionModel().selectFirst();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER) {
                pickMatch(callMatches.getItems().isEmpty() ? null : callMatches.getItems().getFirst());
                e.consume();
            } else if (e.getCode() == KeyCode.Z && e.isShortcutDown() && callName.getText().isEmpty()) {
                // nothing typed to take back: Ctrl+Z undoes the last call or move, as everywhere else
                if (e.isShiftDown()) {
                    model.redo();
                } else {
                    model.undo();
                }
                e.consume();
            }
        });
        callMatches.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER) {
                pickMatch(callMatches.getSelectionModel().getSelectedItem());
                e.consume();
            }
        });
        callMatches.setOnMouseClicked(e -> pickMatch(callMatches.getSelectionModel().getSelectedItem()));
        callReason.setId("callReason");
        callReason.setValue(AbsenceReason.ILL);
        callReason.setMaxWidth(Double.MAX_VALUE);
        EnumCells.use(callReason, r -> messages.get(r.messageKey()));
        callReason.setOnKeyPressed(e -> {
            if (e.getCode() == KeyCode.ENTER && !callReason.isShowing()) {
                record();
                e.consume();
            }
        });
        callUntil.setId("callUntil");
        callUntil.setPromptText(messages.get("transport.call.untilPrompt"));
        callUntil.setOnAction(e -> record());
        callNote.setId("callNote");
        callNote.setPromptText(messages.get("transport.call.note"));
        callNote.setOnAction(e -> record());
        Button add = new Button(messages.get("transport.call.record"));
        add.setId("recordCall");
        add.setMaxWidth(Double.MAX_VALUE);
        add.setOnAction(e -> record());
        add.disableProperty().bind(model.workingDayProperty().not());
        Label listTitle = new Label(messages.get("transport.notComing"));
        listTitle.getStyleClass().add("subsection-title");
        ListView<TransportModels.CallLine> list = new ListView<>(model.calls());
        list.setId("callList");
        list.setPlaceholder(new Label(messages.get("transport.notComing.none")));
        list.setCellFactory(v -> new ListCell<>() {
            @Override
            protected void updateItem(TransportModels.CallLine item, boolean empty) {
                super.updateItem(item, empty);
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label name = new Label(item.name());
                name.getStyleClass().add("person-name");
                Label detail = new Label(item.reason() + (item.until().isEmpty() ? "" : " · " + item.until()));
                detail.getStyleClass().add("person-detail");
                detail.setWrapText(true);
                detail.setMaxWidth(200);
                setGraphic(new VBox(1, name, detail));
                setText(null);
            }
        });
        list.setTooltip(new Tooltip(messages.get("transport.notComing.tooltip")));
        list.setOnKeyPressed(e -> {
            TransportModels.CallLine line = list.getSelectionModel().getSelectedItem();
            if (line != null && (e.getCode() == KeyCode.DELETE || e.getCode() == KeyCode.BACK_SPACE)) {
                model.removeCall(line.absenceId());
                e.consume();
            }
        });
        Label ownTitle = new Label(messages.get("transport.withoutRun"));
        ownTitle.getStyleClass().add("subsection-title");
        ownTitle.setWrapText(true);
        ListView<TransportModels.Expected> own = new ListView<>(model.withoutRun());
        own.setCellFactory(v -> {
            ListCell<TransportModels.Expected> cell = new ListCell<>() {
                @Override
                protected void updateItem(TransportModels.Expected item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty || item == null ? null : item.note().isEmpty() ? item.name()
                            : item.name() + " · " + item.note());
                }
            };
            cell.setOnDragDetected(e -> {
                if (cell.getItem() != null) {
                    dragging = new long[] {cell.getItem().id(), -1};
                    cell.startFullDrag();
                    e.consume();
                }
            });
            return cell;
        });
        own.setId("withoutRunList");
        own.setPrefHeight(90);
        own.setPlaceholder(new Label(messages.get("transport.withoutRun.none")));
        own.setTooltip(new Tooltip(messages.get("transport.withoutRun.tooltip")));
        VBox pane = new VBox(6, title, callName, callMatches, callReason, callUntil, callNote, add, listTitle, list,
                ownTitle, own);
        VBox.setVgrow(list, Priority.ALWAYS);
        pane.getStyleClass().add("board-people");
        pane.setPrefWidth(260);
        pane.setMinWidth(230);
        return pane;
    }

    private TransportModels.Expected picked;

    private void filterMatches(String text) {
        if (picked != null && picked.name().equals(text)) {
            return;
        }
        picked = null;
        String typed = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        if (typed.isEmpty()) {
            callMatches.getItems().clear();
        } else {
            List<TransportModels.Expected> found = model.expected().stream()
                    .filter(p -> model.calls().stream().noneMatch(c -> c.participantId() == p.id()))
                    .filter(p -> matches(p.name(), typed)).limit(8).toList();
            callMatches.getItems().setAll(found);
        }
        boolean show = !callMatches.getItems().isEmpty();
        callMatches.setVisible(show);
        callMatches.setManaged(show);
    }

    /** "mar" finds Maria De Smet and Marcel Claeys; "de s" finds De Smet. */
    private static boolean matches(String name, String typed) {
        String lower = name.toLowerCase(java.util.Locale.ROOT);
        if (lower.startsWith(typed)) {
            return true;
        }
        for (String part : lower.split(" ")) {
            if (part.startsWith(typed)) {
                return true;
            }
        }
        return lower.contains(" " + typed);
    }

    private void pickMatch(TransportModels.Expected person) {
        if (person == null) {
            return;
        }
        picked = person;
        callName.setText(person.name());
        callMatches.setVisible(false);
        callMatches.setManaged(false);
        callReason.requestFocus();
    }

    private void record() {
        if (picked == null) {
            filterMatches(callName.getText());
            if (callMatches.getItems().size() == 1) {
                picked = callMatches.getItems().getFirst();
            } else {
                model.messageProperty().set(messages.get(callName.getText().isBlank() ? "transport.call.whoMissing"
                        : "transport.call.whoUnclear"));
                callName.requestFocus();
                return;
            }
        }
        LocalDate until = null;
        if (!callUntil.getText().isBlank()) {
            Optional<LocalDate> parsed = DateText.parseOnOrAfter(callUntil.getText(), model.dateProperty().get());
            if (parsed.isEmpty()) {
                model.messageProperty().set(messages.format("transport.call.badDate", callUntil.getText()));
                callUntil.requestFocus();
                return;
            }
            until = parsed.get();
        }
        TransportModels.Expected who = picked;
        model.recordCall(who.id(), callReason.getValue(), until, callNote.getText(), () -> {
            picked = null;
            callName.clear();
            callUntil.clear();
            callNote.clear();
            callReason.setValue(AbsenceReason.ILL);
            callName.requestFocus();
        });
    }

    // --- the runs ------------------------------------------------------------------------------

    private void drawRuns() {
        // the cards are drawn anew: keep the keyboard where it was (the same list and stop, the same field)
        Node focused = getScene() == null ? null : getScene().getFocusOwner();
        String focusedId = null;
        Long selectedStop = null;
        for (Node n = focused; n != null && n != grid; n = n.getParent()) {
            if (n.getId() != null && n.getId().matches("(stops|driver|companion|vehicle|optimise|usualOrder|printRun|actuals|addPlaces)-\\d+")) {
                focusedId = n.getId();
                if (n instanceof ListView<?> list && list.getSelectionModel().getSelectedItem()
                        instanceof TransportModels.StopLine line) {
                    selectedStop = line.participantId();
                }
                break;
            }
        }
        grid.getChildren().clear();
        drawCards();
        if (focusedId != null) {
            Node again = grid.lookup("#" + focusedId);
            if (again != null) {
                if (again instanceof ListView<?> list && selectedStop != null) {
                    @SuppressWarnings("unchecked")
                    ListView<TransportModels.StopLine> stops = (ListView<TransportModels.StopLine>) list;
                    long keep = selectedStop;
                    stops.getItems().stream().filter(l -> l.participantId() == keep).findFirst()
                            .ifPresent(l -> stops.getSelectionModel().select(l));
                }
                again.requestFocus();
            }
        }
    }

    private void drawCards() {
        if (model.runs().isEmpty()) {
            Label empty = new Label(model.workingDayProperty().get() ? messages.get("transport.noRuns")
                    : model.summaryProperty().get());
            empty.setWrapText(true);
            empty.getStyleClass().add("hint");
            grid.add(empty, 0, 0, 2, 1);
            return;
        }
        int morningRow = 0;
        int eveningRow = 0;
        for (TransportModels.RunCard card : model.runs()) {
            if (card.direction() == RunDirection.MORNING) {
                grid.add(card(card), 0, morningRow++);
            } else {
                grid.add(card(card), 1, eveningRow++);
            }
        }
    }

    private Node card(TransportModels.RunCard card) {
        Label title = new Label(card.title());
        title.getStyleClass().add("slot-label");
        Label times = new Label(card.times());
        times.setId("times-" + card.runId());
        times.getStyleClass().add("run-times");
        ComboBox<Vehicle> vehicle = new ComboBox<>(FXCollections.observableArrayList(model.vehicles()));
        vehicle.setId("vehicle-" + card.runId());
        EnumCells.use(vehicle, v -> v.name() + (v.inService() ? "" : " · " + messages.get("transport.outOfService")));
        card.vehicleId().flatMap(id -> model.vehicles().stream().filter(v -> v.id() == id).findFirst())
                .ifPresent(vehicle::setValue);
        vehicle.valueProperty().addListener((obs, old, v) -> {
            if (v != null && !card.vehicleId().equals(Optional.of(v.id()))) {
                model.setVehicle(card.runId(), Optional.of(v.id()));
            }
        });
        vehicle.setTooltip(new Tooltip(messages.get("transport.vehicle")));
        Label capacity = new Label(card.capacity());
        capacity.getStyleClass().add("slot-info");
        title.setWrapText(true);
        capacity.setWrapText(true);
        vehicle.setMinWidth(180);
        HBox.setHgrow(capacity, Priority.ALWAYS);
        HBox vehicleLine = new HBox(8, vehicle, capacity);
        vehicleLine.setAlignment(Pos.CENTER_LEFT);
        VBox box = new VBox(6, new VBox(2, title, times), vehicleLine);
        if (card.hasRosterPlaces()) {
            box.getChildren().add(new HBox(8,
                    crew(card, card.driverSlotId().orElseThrow(), card.driverName(), "transport.driver", "driver-"),
                    crew(card, card.companionSlotId().orElseThrow(), card.companionName(), "transport.companion",
                            "companion-")));
        } else {
            Button add = new Button(messages.get("transport.addRosterPlaces"));
            add.setId("addPlaces-" + card.runId());
            add.setTooltip(new Tooltip(messages.get("transport.addRosterPlaces.tooltip")));
            add.setOnAction(e -> model.addRosterPlaces(card.runId()));
            box.getChildren().add(add);
        }
        box.getChildren().add(stops(card));
        VBox problems = new VBox(2);
        problems.setId("problems-" + card.runId());
        for (TransportModels.ProblemLine p : card.problems()) {
            Label line = new Label((p.serious() ? "⚠ " : "• ") + p.text());
            line.setWrapText(true);
            line.getStyleClass().add(p.serious() ? "warning-hard" : "warning-soft");
            problems.getChildren().add(line);
        }
        box.getChildren().add(problems);
        Button optimise = new Button(messages.get("transport.optimise"));
        optimise.setId("optimise-" + card.runId());
        optimise.setTooltip(new Tooltip(messages.get("transport.optimise.tooltip")));
        optimise.setOnAction(e -> model.optimise(card.runId()));
        Button usual = new Button(messages.get("transport.usualOrder"));
        usual.setId("usualOrder-" + card.runId());
        usual.setTooltip(new Tooltip(messages.get("transport.usualOrder.tooltip")));
        usual.setOnAction(e -> model.usualOrder(card.runId()));
        Button sheet = new Button(messages.get("transport.printOne"));
        sheet.setId("printRun-" + card.runId());
        sheet.setTooltip(new Tooltip(messages.get("transport.printOne.tooltip")));
        sheet.setOnAction(e -> print(Optional.of(card.runId())));
        Button after = new Button(messages.get("transport.actuals"));
        after.setId("actuals-" + card.runId());
        after.setTooltip(new Tooltip(messages.get("transport.actuals.tooltip")));
        after.setOnAction(e -> model.day().flatMap(d -> d.run(card.runId()).flatMap(run -> RunActualsDialog.show(
                getScene().getWindow(), messages, d, run))).ifPresent(entered -> model.recordAfterRun(card.runId(),
                        entered)));
        javafx.scene.layout.FlowPane actions = new javafx.scene.layout.FlowPane(6, 6, optimise, usual, sheet, after);
        for (Node n : actions.getChildren()) {
            ((Button) n).setMinWidth(Region.USE_PREF_SIZE);
        }
        box.getChildren().add(actions);
        box.getStyleClass().add("run-card");
        if (card.hasSeriousProblem()) {
            box.getStyleClass().add("run-card-problem");
        }
        box.setId("run-" + card.runId());
        return box;
    }

    private Node crew(TransportModels.RunCard card, long slotId, String current, String labelKey, String idPrefix) {
        Label label = new Label(messages.get(labelKey));
        label.getStyleClass().add("slot-info");
        ComboBox<TransportModels.Choice> choice = new ComboBox<>();
        choice.setId(idPrefix + card.runId());
        choice.setPromptText(current.isEmpty() ? messages.get("transport.nobody") : current);
        choice.setPrefWidth(190);
        choice.setOnShowing(e -> {
            List<TransportModels.Choice> options = new java.util.ArrayList<>();
            options.add(new TransportModels.Choice(-1, messages.get("transport.nobody"), ""));
            options.addAll(model.choicesFor(slotId));
            choice.getItems().setAll(options);
        });
        choice.valueProperty().addListener((obs, old, picked) -> {
            if (picked != null) {
                model.setCrew(slotId, picked.id() < 0 ? Optional.empty() : Optional.of(picked.id()));
            }
        });
        VBox box = new VBox(2, label, choice);
        return box;
    }

    private Node stops(TransportModels.RunCard card) {
        ListView<TransportModels.StopLine> list = new ListView<>(FXCollections.observableArrayList(card.stops()));
        list.setId("stops-" + card.runId());
        list.setPlaceholder(new Label(messages.get("transport.run.noStops")));
        list.setFixedCellSize(40);
        list.setPrefHeight(Math.max(2, card.stops().size()) * 40 + 4);
        list.setMinHeight(Region.USE_PREF_SIZE);
        list.setCellFactory(v -> stopCell(card));
        list.setOnKeyPressed(e -> {
            TransportModels.StopLine line = list.getSelectionModel().getSelectedItem();
            if (line != null && e.isAltDown() && (e.getCode() == KeyCode.UP || e.getCode() == KeyCode.DOWN)) {
                model.nudge(card.runId(), line.participantId(), e.getCode() == KeyCode.UP ? -1 : 1);
                e.consume();
            }
        });
        list.setOnMouseDragReleased(e -> {
            if (dragging != null) {
                drop(dragging, card.runId(), Integer.MAX_VALUE);
                dragging = null;
                e.consume();
            }
        });
        list.setTooltip(new Tooltip(messages.get("transport.stops.tooltip")));
        return list;
    }

    /** A stop (from a run) or someone on no run (run -1) dropped on a run at {@code index}. */
    private void drop(long[] what, long runId, int index) {
        if (what[1] < 0) {
            model.addToRun(what[0], runId, index);
        } else {
            model.moveStop(what[0], what[1], runId, index);
        }
    }

    private ListCell<TransportModels.StopLine> stopCell(TransportModels.RunCard card) {
        ListCell<TransportModels.StopLine> cell = new ListCell<>() {
            @Override
            protected void updateItem(TransportModels.StopLine item, boolean empty) {
                super.updateItem(item, empty);
                getStyleClass().removeAll("stop-flagged");
                if (empty || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label time = new Label(item.time());
                time.getStyleClass().add("stop-time");
                time.setMinWidth(48);
                Label name = new Label(item.name());
                name.getStyleClass().add("person-name");
                String extra = String.join(" · ", java.util.stream.Stream.of(item.actual(), item.aid(), item.note())
                        .filter(s -> !s.isBlank()).toList());
                Label detail = new Label(item.address() + (extra.isEmpty() ? "" : "  ·  " + extra));
                detail.getStyleClass().add("person-detail");
                setTooltip(new Tooltip(item.name() + "\n" + item.address() + (extra.isEmpty() ? "" : "\n" + extra)));
                HBox line = new HBox(8, time, new VBox(1, name, detail));
                setGraphic(line);
                setPrefWidth(1); // never wider than the list: long addresses end in "…" (full text in the tooltip)
                setText(null);
                if (item.flagged()) {
                    getStyleClass().add("stop-flagged");
                }
            }
        };
        cell.setOnDragDetected(e -> {
            if (cell.getItem() != null) {
                dragging = new long[] {cell.getItem().participantId(), card.runId()};
                cell.startFullDrag();
                e.consume();
            }
        });
        cell.setOnMouseDragReleased(e -> {
            if (dragging != null) {
                int index = cell.isEmpty() ? Integer.MAX_VALUE : cell.getIndex();
                long[] what = dragging;
                dragging = null;
                drop(what, card.runId(), index);
                e.consume();
            }
        });
        return cell;
    }

    // --- printing ------------------------------------------------------------------------------

    private String fileName() {
        return messages.get("transport.print.fileName") + "-" + model.dateProperty().get()
                + (largePrint.isSelected() ? "-" + messages.get("transport.print.large") : "") + ".pdf";
    }

    private void print(Optional<Long> run) {
        String name = run.flatMap(id -> model.runs().stream().filter(c -> c.runId() == id).findFirst())
                .map(c -> fileName().replace(".pdf", "-" + c.title().toLowerCase(java.util.Locale.ROOT)
                        .replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("(^-|-$)", "") + ".pdf"))
                .orElse(fileName());
        Path file = printing.printFile(name);
        write(run, file, printing::open);
    }

    private void saveAs() {
        printing.chooseFile(fileName()).ifPresent(file -> write(Optional.empty(), file, printing::open));
    }

    private void write(Optional<Long> run, Path file, Consumer<Path> then) {
        model.printSheets(run, largePrint.isSelected(), bytes -> {
            try {
                be.dagpuzzel.core.AtomicFile.write(file, out -> out.write(bytes));
                model.messageProperty().set(messages.format("transport.print.done", file.getFileName()));
                then.accept(file);
            } catch (java.io.IOException e) {
                model.messageProperty().set(messages.format("transport.print.failed", file,
                        be.dagpuzzel.ui.FailureText.reasonForFile(messages, e, file)));
            }
        });
    }

    // --- section commands ----------------------------------------------------------------------

    @Override
    public void createNew() {
        callName.requestFocus();
    }

    @Override
    public void find() {
        callName.requestFocus();
    }

    @Override
    public void printDay() {
        print(Optional.empty());
    }

    @Override
    public boolean undo() {
        return model.undo();
    }

    @Override
    public void redo() {
        model.redo();
    }

    /** Reloads after changes made elsewhere. */
    public void refresh() {
        model.refresh();
    }
}
