package be.dagpuzzel.app;

import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;

import be.dagpuzzel.settings.CentreForm;
import be.dagpuzzel.ui.Messages;

/** The page an empty store opens on: start with a demo centre, start empty, or import an export. */
final class WelcomeView extends StackPane {

    WelcomeView(WelcomeViewModel model, Messages messages, ExchangeFiles files) {
        getStyleClass().add("welcome");

        Label title = new Label(messages.get("welcome.title"));
        title.getStyleClass().add("welcome-title");
        Label intro = new Label(messages.get("welcome.intro"));
        intro.setWrapText(true);
        intro.getStyleClass().add("welcome-intro");

        Button demo = bigButton("startDemo", messages.get("welcome.demo"), messages.get("welcome.demo.hint"));
        demo.setOnAction(e -> model.startWithDemo());
        Button empty = bigButton("startEmpty", messages.get("welcome.empty"), messages.get("welcome.empty.hint"));
        empty.setOnAction(e -> model.startEmpty());
        HBox choices = new HBox(16, demo, empty);
        choices.setAlignment(Pos.CENTER);
        javafx.scene.control.Hyperlink importLink = new javafx.scene.control.Hyperlink(messages.get("welcome.import"));
        importLink.setId("startImport");
        importLink.setOnAction(e -> files.importSource(getScene().getWindow(), messages).ifPresent(model::importFrom));
        importLink.visibleProperty().bind(model.askingDetailsProperty().not());
        importLink.managedProperty().bind(importLink.visibleProperty());
        model.importRefusalProperty().addListener((obs, old, lines) -> {
            if (!lines.isEmpty()) {
                javafx.application.Platform.runLater(() -> {
                    ExchangeActions.showRefusal(getScene().getWindow(), messages, lines);
                    model.importRefusalProperty().set(java.util.List.of());
                });
            }
        });

        CentreForm form = new CentreForm(model.centreForm(), messages, null);
        Button create = new Button(messages.get("welcome.create"));
        create.setId("createCentre");
        create.setDefaultButton(true);
        create.setOnAction(e -> model.createCentre());
        Button back = new Button(messages.get("welcome.back"));
        back.setId("welcomeBack");
        back.setCancelButton(true);
        back.setOnAction(e -> model.back());
        HBox formButtons = new HBox(10, back, create);
        formButtons.setAlignment(Pos.CENTER_RIGHT);
        Label formTitle = new Label(messages.get("welcome.empty.title"));
        formTitle.getStyleClass().add("subsection-title");
        VBox details = new VBox(10, formTitle, form, formButtons);
        details.setMaxWidth(520);

        choices.visibleProperty().bind(model.askingDetailsProperty().not());
        choices.managedProperty().bind(choices.visibleProperty());
        details.visibleProperty().bind(model.askingDetailsProperty());
        details.managedProperty().bind(details.visibleProperty());
        model.askingDetailsProperty().addListener((obs, was, asking) -> {
            if (asking) {
                form.focusFirst();
            }
        });
        disableProperty().bind(model.busyProperty());

        VBox card = new VBox(18, title, intro, choices, importLink, details);
        card.getStyleClass().add("welcome-card");
        card.setAlignment(Pos.TOP_CENTER);
        card.setMaxSize(640, USE_PREF_SIZE);
        getChildren().add(card);
    }

    private static Button bigButton(String id, String text, String hint) {
        Label main = new Label(text);
        main.getStyleClass().add("choice-title");
        Label sub = new Label(hint);
        sub.setWrapText(true);
        sub.getStyleClass().add("choice-hint");
        VBox graphic = new VBox(6, main, sub);
        Button button = new Button();
        button.setGraphic(graphic);
        button.setId(id);
        button.getStyleClass().add("choice-button");
        button.setPrefSize(260, 120);
        button.setAccessibleText(text);
        return button;
    }
}
