package be.dagpuzzel.app;

import java.time.LocalDate;

import javafx.application.Platform;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.util.StringConverter;

import be.dagpuzzel.core.DateText;
import be.dagpuzzel.ui.Messages;

/**
 * The date every section shows: previous / next working day, today, a date picker, and the
 * date written out in full. A date typed wrongly is refused and the old date stays.
 */
final class DateBar extends HBox {

    private final MainViewModel model;
    private final DatePicker picker = new DatePicker();
    private final Label fullDate = new Label();
    private final Label todayMark = new Label();
    /** Registered weakly: a date bar of a replaced window stops following the date. */
    private final javafx.beans.value.ChangeListener<LocalDate> onDate;

    DateBar(MainViewModel model, Messages messages) {
        this.model = model;
        getStyleClass().add("date-bar");
        setAlignment(Pos.CENTER_RIGHT);
        setSpacing(6);

        Button previous = button("◀", messages.get("date.previous.tooltip"), "previousDay", model::previousWorkingDay);
        Button next = button("▶", messages.get("date.next.tooltip"), "nextDay", model::nextWorkingDay);
        Button today = button(messages.get("date.today"), messages.get("date.today.tooltip"), "todayButton", model::today);

        picker.setId("datePicker");
        picker.setPrefWidth(130);
        picker.setShowWeekNumbers(true);
        picker.setConverter(new SafeDateConverter(messages, text -> model.tell(messages.format("date.invalid", text))));
        picker.setPromptText(messages.get("date.format.hint"));
        picker.setTooltip(new Tooltip(messages.get("date.picker.tooltip")));
        picker.setValue(model.getDate());
        picker.valueProperty().addListener((obs, old, value) -> {
            if (value == null) {
                Platform.runLater(() -> picker.setValue(model.getDate()));
            } else {
                model.dateProperty().set(value);
            }
        });

        fullDate.setId("fullDate");
        fullDate.getStyleClass().add("full-date");
        todayMark.getStyleClass().add("today-mark");
        todayMark.setText(messages.get("date.isToday"));
        onDate = (obs, old, value) -> show(value, messages);
        model.dateProperty().addListener(new javafx.beans.value.WeakChangeListener<>(onDate));
        show(model.getDate(), messages);

        getChildren().addAll(fullDate, todayMark, previous, today, next, picker);
    }

    private static Button button(String text, String tooltip, String id, Runnable action) {
        Button button = new Button(text);
        button.setId(id);
        button.setTooltip(new Tooltip(tooltip));
        button.setFocusTraversable(false);
        button.setOnAction(e -> action.run());
        return button;
    }

    private void show(LocalDate date, Messages messages) {
        fullDate.setText(messages.longDate(date));
        todayMark.setVisible(model.isToday());
        todayMark.setManaged(model.isToday());
        if (!date.equals(picker.getValue())) {
            picker.setValue(date);
        }
    }

    void focusPicker() {
        picker.requestFocus();
        picker.getEditor().selectAll();
    }

    /** dd/MM/yyyy (also d/M/yyyy and d-M-yyyy); anything else gives null, which the bar refuses. */
    private static final class SafeDateConverter extends StringConverter<LocalDate> {
        private final Messages messages;
        private final java.util.function.Consumer<String> onNotADate;

        SafeDateConverter(Messages messages, java.util.function.Consumer<String> onNotADate) {
            this.messages = messages;
            this.onNotADate = onNotADate;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : messages.shortDate(date);
        }

        @Override
        public LocalDate fromString(String text) {
            LocalDate date = DateText.parse(text).orElse(null);
            if (date == null && text != null && !text.isBlank()) {
                onNotADate.accept(text.strip());
            }
            return date;
        }
    }
}
