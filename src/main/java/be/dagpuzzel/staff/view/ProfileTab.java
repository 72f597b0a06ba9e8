package be.dagpuzzel.staff.view;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextArea;

import be.dagpuzzel.staff.DutchLevel;
import be.dagpuzzel.staff.Programme;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.ui.EnumCells;
import be.dagpuzzel.ui.FormGrid;
import be.dagpuzzel.ui.Messages;

/** The profile of the open staff member: name, contract, programme, coach, language, notes. */
final class ProfileTab extends Tab {

    ProfileTab(StaffDetailViewModel model, Messages messages) {
        super(messages.get("staff.tab.profile"));
        setClosable(false);
        ProfileFormModel form = model.profile();
        FormGrid grid = new FormGrid(messages, form.errors(), model::commitProfile);

        Label warning = new Label();
        warning.setId("sameNameWarning");
        warning.getStyleClass().add("field-warning");
        warning.textProperty().bind(form.warningProperty());
        warning.visibleProperty().bind(form.warningProperty().isNotEmpty());
        warning.managedProperty().bind(warning.visibleProperty());
        grid.line(warning);

        grid.text("staff.firstName", StaffService.FIELD_FIRST_NAME, form.firstNameProperty(), true);
        grid.text("staff.lastName", StaffService.FIELD_LAST_NAME, form.lastNameProperty(), true);
        grid.text("staff.phone", "phone", form.phoneProperty(), false);

        ComboBox<Programme> programme = new ComboBox<>(FXCollections.observableArrayList(Programme.values()));
        EnumCells.use(programme, p -> messages.get(p.messageKey()));
        programme.valueProperty().bindBidirectional(form.programmeProperty());
        programme.setOnAction(e -> model.commitProfile());
        grid.add("staff.programme", "programme", programme, true);

        grid.text("staff.employer", "employer", form.employerProperty(), false).setPromptText(
                messages.get("staff.employer.hint"));
        grid.text("staff.startDate", StaffService.FIELD_START, form.startDateProperty(), true)
                .setPromptText(messages.get("date.format.hint"));
        grid.text("staff.endDate", StaffService.FIELD_END, form.endDateProperty(), false)
                .setPromptText(messages.get("date.format.hint"));
        grid.text("staff.hours", StaffService.FIELD_HOURS, form.hoursProperty(), false);

        ComboBox<PersonChoice> coach = new ComboBox<>(form.coaches());
        coach.valueProperty().bindBidirectional(form.coachProperty());
        coach.setOnAction(e -> model.commitProfile());
        grid.add("staff.coach", StaffService.FIELD_COACH, coach, false);

        ComboBox<DutchLevel> dutch = new ComboBox<>(FXCollections.observableArrayList(DutchLevel.values()));
        EnumCells.use(dutch, d -> messages.get(d.messageKey()));
        dutch.valueProperty().bindBidirectional(form.dutchLevelProperty());
        dutch.setOnAction(e -> model.commitProfile());
        grid.add("staff.dutchLevel", "dutchLevel", dutch, false);

        TextArea notes = new TextArea();
        notes.setPrefRowCount(4);
        notes.setWrapText(true);
        notes.textProperty().bindBidirectional(form.notesProperty());
        grid.add("staff.notes", "notes", notes, false);

        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        grid.getStyleClass().add("page");
        setContent(scroll);
    }
}
