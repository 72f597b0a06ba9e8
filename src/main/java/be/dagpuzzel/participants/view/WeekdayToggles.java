package be.dagpuzzel.participants.view;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.function.Function;

import javafx.beans.property.BooleanProperty;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;

/** Seven toggle buttons, Monday first, one per weekday a participant comes. */
final class WeekdayToggles {

    private WeekdayToggles() {
    }

    /** Buttons with ids {@code <idPrefix>-MONDAY} .. {@code -SUNDAY}, bound both ways to {@code ticked}. */
    static HBox of(String idPrefix, Function<DayOfWeek, BooleanProperty> ticked, Locale locale) {
        HBox bar = new HBox(4);
        bar.getStyleClass().add("weekday-bar");
        for (DayOfWeek day : DayOfWeek.values()) {
            ToggleButton button = new ToggleButton(WeekdayNames.shortName(day, locale));
            button.setId(idPrefix + "-" + day.name());
            button.setTooltip(new Tooltip(day.getDisplayName(TextStyle.FULL_STANDALONE, locale)));
            button.selectedProperty().bindBidirectional(ticked.apply(day));
            button.setMinWidth(ToggleButton.USE_PREF_SIZE);
            bar.getChildren().add(button);
        }
        return bar;
    }
}
