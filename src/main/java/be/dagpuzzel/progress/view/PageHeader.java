package be.dagpuzzel.progress.view;

import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.progress.ProgressPage;
import be.dagpuzzel.progress.TrajectoryClock;
import be.dagpuzzel.ui.Messages;

/**
 * The top of a worker's page: name, programme and coach, and the trajectory's clock (time used
 * and left, with its alert 12, 6 and 3 months before the end). Actions (the report) go on the right.
 */
final class PageHeader extends VBox {

    private final ProgressViewModel model;
    private final Messages messages;
    private final Label name = new Label();
    private final Label sub = new Label();
    private final ProgressBar used = new ProgressBar(0);
    private final Label clockText = new Label();
    private final Label alert = new Label();
    private final HBox actions = new HBox(8);

    PageHeader(ProgressViewModel model) {
        this.model = model;
        this.messages = model.messages();
        getStyleClass().add("progress-header");
        setPadding(new Insets(12, 14, 8, 14));
        setSpacing(6);
        name.setId("progressName");
        name.getStyleClass().add("section-title");
        sub.getStyleClass().add("hint");
        used.setId("progressClock");
        used.setPrefWidth(260);
        used.setMinWidth(160);
        used.managedProperty().bind(used.visibleProperty());
        clockText.setWrapText(true);
        clockText.setId("progressClockText");
        alert.setId("progressClockAlert");
        alert.getStyleClass().add("clock-alert");
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox top = new HBox(12, new VBox(2, name, sub), spacer, actions);
        top.setAlignment(Pos.CENTER_LEFT);
        HBox clock = new HBox(10, used, clockText, alert);
        clock.setAlignment(Pos.CENTER_LEFT);
        getChildren().setAll(top, clock);
        model.pageProperty().addListener((obs, old, page) -> show(page));
        show(model.pageProperty().get());
    }

    /** Room for buttons such as "Print report" on the right of the name. */
    HBox actions() {
        return actions;
    }

    private void show(ProgressPage page) {
        if (page == null) {
            name.setText(messages.get("progress.loading"));
            sub.setText("");
            clockText.setText("");
            alert.setText("");
            used.setProgress(0);
            return;
        }
        name.setText(page.member().fullName());
        String programme = messages.get(page.member().profile().programme().messageKey());
        sub.setText(page.coachName().map(c -> messages.format("progress.header.withCoach", programme, c)).orElse(programme));
        TrajectoryClock clock = page.clock();
        used.setProgress(clock.usedFraction().orElse(0.0));
        used.setVisible(clock.end().isPresent());
        clockText.setText(clock.end().map(end -> messages.format("progress.header.clock",
                        messages.shortDate(clock.start()), messages.shortDate(end), clock.monthsLeft().orElse(0L)))
                .orElseGet(() -> messages.format("progress.header.noEnd", messages.shortDate(clock.start()))));
        alert.setText(clock.alert().isWarning() ? messages.get("progress.clock." + clock.alert().name()) : "");
        alert.pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass("ended"),
                clock.alert() == TrajectoryClock.Alert.ENDED || clock.alert() == TrajectoryClock.Alert.MONTHS_3);
    }
}
