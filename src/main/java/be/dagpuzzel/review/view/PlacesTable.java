package be.dagpuzzel.review.view;

import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.MapChangeListener;
import javafx.collections.ObservableList;
import javafx.css.PseudoClass;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.review.ReviewService;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * The plan as it was, place by place, with what really happened next to it: who did it if not the
 * one planned, the time it really started or ended, a note. Each field is stored when left.
 */
final class PlacesTable extends GridPane {

    private static final PseudoClass INVALID = PseudoClass.getPseudoClass("invalid");
    private static final PseudoClass CHANGED = PseudoClass.getPseudoClass("changed");

    private final ReviewViewModel model;
    private final Messages messages;

    PlacesTable(ReviewViewModel model, Messages messages) {
        this.model = model;
        this.messages = messages;
        setId("placesTable");
        getStyleClass().add("places-table");
        setHgap(8);
        setVgap(4);
        ColumnConstraints colour = new ColumnConstraints(6);
        ColumnConstraints slot = new ColumnConstraints(130, 170, 220);
        ColumnConstraints doneBy = new ColumnConstraints(120, 150, 180);
        ColumnConstraints time = new ColumnConstraints(76);
        ColumnConstraints note = new ColumnConstraints();
        note.setHgrow(Priority.ALWAYS);
        note.setMinWidth(100);
        getColumnConstraints().addAll(colour, slot, doneBy, time, time, note);
        model.places().addListener((ListChangeListener<PlaceRow>) c -> draw());
        draw();
    }

    private void draw() {
        getChildren().clear();
        if (model.places().isEmpty()) {
            Label empty = new Label(messages.get("review.places.none"));
            empty.getStyleClass().add("hint");
            add(empty, 0, 0, 6, 1);
            return;
        }
        addRow(0, new Region(), head("review.places.slot"), head("review.places.doneBy"),
                head("review.places.start"), head("review.places.end"), head("review.places.note"));
        int line = 1;
        for (PlaceRow row : model.places()) {
            line = addPlace(row, line);
        }
    }

    private Label head(String key) {
        Label l = new Label(messages.get(key));
        l.getStyleClass().add("column-head");
        l.setWrapText(true);
        return l;
    }

    private int addPlace(PlaceRow row, int line) {
        String id = row.slotId() + "-" + row.position();
        Region colour = new Region();
        colour.getStyleClass().add("slot-colour");
        colour.setStyle("-fx-background-color: " + row.colour() + ";");
        Label slot = new Label(row.slot());
        slot.getStyleClass().add("slot-label");
        slot.setWrapText(true);
        Label hours = new Label(row.hours());
        hours.getStyleClass().add("slot-info");
        hours.setWrapText(true);
        Label planned = new Label(row.planned().isEmpty() ? messages.get("review.places.nobodyPlanned")
                : messages.format("review.places.plannedPerson", row.planned()));
        planned.setWrapText(true);
        planned.getStyleClass().add("planned-person");
        planned.setId("planned-" + id);
        ObservableList<ReviewModels.Person> choices = FXCollections.observableArrayList();
        choices.add(null);
        choices.addAll(model.staff());
        ComboBox<ReviewModels.Person> doneBy = new ComboBox<>(choices);
        doneBy.setId("doneBy-" + id);
        doneBy.setMaxWidth(Double.MAX_VALUE);
        ChoiceCells.use(doneBy, messages.get("review.places.asPlanned"), ReviewModels.Person::name);
        doneBy.setValue(row.doneByProperty().get());
        doneBy.valueProperty().addListener((obs, old, value) -> {
            if (value != row.doneByProperty().get()) {
                row.doneByProperty().set(value);
                model.commitPlace(row);
            }
        });
        row.doneByProperty().addListener((obs, old, value) -> doneBy.setValue(value));
        TextField start = field("start-" + id, row.startProperty(), row, "review.places.start.tooltip");
        TextField end = field("end-" + id, row.endProperty(), row, "review.places.end.tooltip");
        TextField note = field("note-" + id, row.noteProperty(), row, null);
        for (Node n : new Node[] {doneBy, start, end, note}) {
            n.disableProperty().bind(model.editableProperty().not());
        }
        Label error = new Label();
        error.setId("placeError-" + id);
        error.getStyleClass().add("field-error");
        error.setWrapText(true);
        Runnable marks = () -> {
            String text = String.join(" ", row.errors().values());
            error.setText(text);
            error.setVisible(!text.isEmpty());
            error.setManaged(!text.isEmpty());
            start.pseudoClassStateChanged(INVALID, row.errors().containsKey(ReviewService.FIELD_START));
            end.pseudoClassStateChanged(INVALID, row.errors().containsKey(ReviewService.FIELD_END));
            note.pseudoClassStateChanged(INVALID, row.errors().containsKey(ReviewService.FIELD_NOTE));
            planned.pseudoClassStateChanged(CHANGED, row.doneByProperty().get() != null);
        };
        row.errors().addListener((MapChangeListener<String, String>) c -> marks.run());
        row.doneByProperty().addListener((obs, old, value) -> marks.run());
        marks.run();
        VBox slotText = new VBox(1, slot, hours, planned);
        addRow(line, colour, slotText, doneBy, start, end, note);
        add(error, 2, line + 1, 4, 1);
        return line + 2;
    }

    private TextField field(String id, javafx.beans.property.StringProperty value, PlaceRow row, String tooltipKey) {
        TextField f = new TextField();
        f.setId(id);
        f.setMaxWidth(Double.MAX_VALUE);
        f.textProperty().bindBidirectional(value);
        if (tooltipKey != null) {
            f.setTooltip(new Tooltip(messages.get(tooltipKey)));
            f.setPromptText("—");
        }
        FormGrid.commitOnLeave(f, () -> model.commitPlace(row), null);
        return f;
    }
}
