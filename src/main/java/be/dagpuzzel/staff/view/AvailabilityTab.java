package be.dagpuzzel.staff.view;

import java.time.format.TextStyle;

import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.staff.WeeklyAvailability;
import be.dagpuzzel.ui.Messages;

/**
 * The weekly pattern: per weekday whether the person works and the hours. Patterns change from a
 * date on; the earlier ones stay, so past rosters keep their meaning.
 */
final class AvailabilityTab extends Tab {

    AvailabilityTab(StaffDetailViewModel model, Messages messages) {
        super(messages.get("staff.tab.availability"));
        setClosable(false);
        AvailabilityModel availability = model.availability();

        ListView<WeeklyAvailability> patterns = new ListView<>(availability.patterns());
        patterns.setId("patternList");
        patterns.setPrefHeight(110);
        patterns.setCellFactory(list -> new ListCell<>() {
            @Override
            protected void updateItem(WeeklyAvailability item, boolean empty) {
                super.updateItem(item, empty);
                setText(empty || item == null ? "" : messages.format("staff.pattern.from",
                        messages.shortDate(item.validFrom()), item.weeklyHours().toMinutes() / 60.0));
            }
        });
        patterns.getSelectionModel().selectedItemProperty().addListener((obs, old, p) -> {
            if (p != null && p != availability.selectedProperty().get()) {
                availability.selectedProperty().set(p);
            }
        });
        availability.selectedProperty().addListener((obs, old, p) -> patterns.getSelectionModel().select(p));

        GridPane days = new GridPane();
        days.getStyleClass().add("availability-grid");
        days.setHgap(8);
        days.setVgap(6);
        int row = 0;
        for (AvailabilityModel.DayLine line : availability.lines()) {
            String dayName = line.day().getDisplayName(TextStyle.FULL, messages.locale());
            CheckBox works = new CheckBox(Character.toUpperCase(dayName.charAt(0)) + dayName.substring(1));
            works.setId("works-" + line.day());
            works.setMinWidth(120);
            works.selectedProperty().bindBidirectional(line.worksProperty());
            works.setOnAction(e -> {
                if (works.isSelected() && line.fromProperty().get().isBlank()) {
                    line.fromProperty().set("08:30");
                    line.toProperty().set("16:30");
                }
                model.saveAvailability();
            });
            TextField from = time("from-" + line.day(), line.fromProperty(), model);
            TextField to = time("to-" + line.day(), line.toProperty(), model);
            from.disableProperty().bind(line.worksProperty().not());
            to.disableProperty().bind(line.worksProperty().not());
            Label error = new Label();
            error.getStyleClass().add("field-error");
            String key = "day." + line.day().name();
            availability.errors().addListener((MapChangeListener<String, String>) c ->
                    error.setText(availability.errors().getOrDefault(key, "")));
            days.addRow(row++, works, from, new Label("–"), to, error);
        }

        TextField newFrom = new TextField();
        newFrom.setId("newPatternFrom");
        newFrom.setPromptText(messages.get("date.format.hint"));
        newFrom.setPrefColumnCount(9);
        Button start = new Button(messages.get("staff.pattern.startFrom"));
        start.setId("startPattern");
        start.setOnAction(e -> model.startPatternFrom(newFrom.getText()));
        newFrom.setOnAction(e -> model.startPatternFrom(newFrom.getText()));
        Label fromError = new Label();
        fromError.getStyleClass().add("field-error");
        availability.errors().addListener((MapChangeListener<String, String>) c ->
                fromError.setText(availability.errors().getOrDefault(StaffService.FIELD_VALID_FROM, "")));
        HBox newPattern = new HBox(8, new Label(messages.get("staff.pattern.change")), newFrom, start, fromError);
        newPattern.setAlignment(Pos.CENTER_LEFT);

        Label hint = new Label(messages.get("staff.pattern.hint"));
        hint.getStyleClass().add("hint");
        hint.setWrapText(true);
        Label empty = new Label(messages.get("staff.pattern.none"));
        empty.getStyleClass().add("hint");
        empty.visibleProperty().bind(availability.selectedProperty().isNull());
        empty.managedProperty().bind(empty.visibleProperty());

        VBox page = new VBox(12, hint, patterns, empty, days, newPattern);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        setContent(scroll);
    }

    private static TextField time(String id, javafx.beans.property.StringProperty value, StaffDetailViewModel model) {
        TextField field = new TextField();
        field.setId(id);
        field.setPrefColumnCount(5);
        field.textProperty().bindBidirectional(value);
        field.setOnAction(e -> model.saveAvailability());
        field.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.saveAvailability();
            }
        });
        return field;
    }
}
