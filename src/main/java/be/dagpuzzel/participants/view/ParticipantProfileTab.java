package be.dagpuzzel.participants.view;

import javafx.beans.binding.Bindings;
import javafx.collections.FXCollections;
import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Control;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;

import be.dagpuzzel.transport.MobilityAid;
import be.dagpuzzel.transport.ParticipantService;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/**
 * The open participant's profile: person, address, contact, enrolment, what the bus needs to
 * know, and free notes. Every field is stored when left.
 */
final class ParticipantProfileTab extends Tab {

    ParticipantProfileTab(ParticipantDetailViewModel model, Messages messages) {
        super(messages.get("participant.tab.profile"));
        setClosable(false);
        ParticipantFormModel form = model.profile();
        FormGrid grid = new FormGrid(messages, form.errors(), model::commitProfile);
        // the detail pane shares the window with the list: fields may be a little narrower than elsewhere
        grid.getColumnConstraints().get(1).setMinWidth(140);

        group(grid, messages, "participant.group.person");
        grid.text("participant.firstName", ParticipantService.FIELD_FIRST_NAME, form.firstNameProperty(), true);
        grid.text("participant.lastName", ParticipantService.FIELD_LAST_NAME, form.lastNameProperty(), true);
        grid.text("participant.phone", "phone", form.phoneProperty(), false);
        grid.text("participant.contactName", "contactName", form.contactNameProperty(), false);
        grid.text("participant.contactPhone", "contactPhone", form.contactPhoneProperty(), false);
        date(grid.text("participant.startDate", ParticipantService.FIELD_START, form.startDateProperty(), true), messages);
        date(grid.text("participant.endDate", ParticipantService.FIELD_END, form.endDateProperty(), false), messages);

        group(grid, messages, "participant.group.address");
        grid.text("participant.street", "street", form.streetProperty(), false);
        grid.text("participant.houseNumber", "houseNumber", form.houseNumberProperty(), false);
        grid.text("participant.postcode", ParticipantService.FIELD_POSTCODE, form.postcodeProperty(), false);
        grid.text("participant.municipality", "municipality", form.municipalityProperty(), false);
        grid.text("participant.latitude", ParticipantFormModel.FIELD_LATITUDE, form.latitudeProperty(), false);
        grid.text("participant.longitude", ParticipantFormModel.FIELD_LONGITUDE, form.longitudeProperty(), false);
        Label placeHint = hint(messages.get("participant.coordinates.hint"));
        placeHint.setId("coordinatesHint");
        grid.row("", placeHint, null);

        group(grid, messages, "participant.group.transport");
        ComboBox<RouteChoice> route = new ComboBox<>(form.routes());
        route.valueProperty().bindBidirectional(form.routeProperty());
        route.setOnAction(e -> model.commitProfile());
        grid.add("participant.route", "route", route, false);
        grid.text("participant.stopOrder", ParticipantService.FIELD_STOP_ORDER, form.stopOrderProperty(), false)
                .setPromptText(messages.get("participant.stopOrder.prompt"));
        Label orderHint = hint(messages.get("participant.stopOrder.hint"));
        orderHint.setId("stopOrderHint");
        grid.row("", orderHint, null);
        ComboBox<MobilityAid> aid = new ComboBox<>(FXCollections.observableArrayList(MobilityAid.values()));
        EnumCells.use(aid, a -> messages.get(a.messageKey()));
        aid.valueProperty().bindBidirectional(form.aidProperty());
        aid.setOnAction(e -> model.commitProfile());
        grid.add("participant.aid", "aid", aid, false);
        grid.text("participant.loadMinutes", ParticipantService.FIELD_LOAD, form.loadMinutesProperty(), false);
        CheckBox door = new CheckBox(messages.get("participant.doorToDoor.box"));
        door.selectedProperty().bindBidirectional(form.doorToDoorProperty());
        door.setOnAction(e -> model.commitProfile());
        grid.add("participant.doorToDoor", "doorToDoor", door, false);
        TextField driverNote = grid.text("participant.driverNote", ParticipantService.FIELD_DRIVER_NOTE,
                form.driverNoteProperty(), false);
        driverNote.setPromptText(messages.get("participant.driverNote.hint"));
        Label count = hint("");
        count.setId("driverNoteCount");
        count.textProperty().bind(Bindings.createStringBinding(() -> messages.format("participant.driverNote.count",
                form.driverNoteProperty().get().strip().length(), ParticipantService.DRIVER_NOTE_MAX),
                form.driverNoteProperty()));
        grid.row("", count, null);

        group(grid, messages, "participant.group.notes");
        TextArea notes = new TextArea();
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        notes.setPromptText(messages.get("participant.notes.hint"));
        grid.add("participant.notes", "notes", notes, false);

        grid.getStyleClass().add("participant-page");
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        for (Node child : grid.getChildren()) {
            if (child instanceof Control control && control.isFocusTraversable()) {
                control.focusedProperty().addListener((obs, was, focused) -> {
                    if (focused) {
                        scrollIntoView(scroll, control);
                    }
                });
            }
        }
        setContent(scroll);
    }

    /** Tab moves down a long form: keep the field in focus (and its message under it) in sight. */
    private static void scrollIntoView(ScrollPane scroll, Node field) {
        Node content = scroll.getContent();
        double viewport = scroll.getViewportBounds().getHeight();
        double extra = content.getBoundsInLocal().getHeight() - viewport;
        if (extra <= 0) {
            return;
        }
        Bounds at = content.sceneToLocal(field.localToScene(field.getBoundsInLocal()));
        double top = scroll.getVvalue() * extra;
        double margin = 24;
        if (at.getMinY() - margin < top) {
            scroll.setVvalue(Math.max(0, (at.getMinY() - margin) / extra));
        } else if (at.getMaxY() + margin > top + viewport) {
            scroll.setVvalue(Math.min(1, (at.getMaxY() + margin - viewport) / extra));
        }
    }

    private static void group(FormGrid grid, Messages messages, String key) {
        Label title = new Label(messages.get(key));
        title.getStyleClass().addAll("subsection-title", "form-group");
        grid.wide(title);
    }

    private static Label hint(String text) {
        Label label = new Label(text);
        label.getStyleClass().add("hint");
        label.setWrapText(true);
        return label;
    }

    private static void date(TextField field, Messages messages) {
        field.setPromptText(messages.get("date.format.hint"));
    }
}
