package be.dagpuzzel.app;

import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.Messages;

/** Stands in for a section that is not built yet, saying what it will hold. */
final class ComingSoonView extends VBox {

    ComingSoonView(Section section, Messages messages) {
        super(10);
        getStyleClass().add("coming-soon");
        setAlignment(Pos.CENTER);
        Label title = new Label(messages.get(section.messageKey()));
        title.getStyleClass().add("section-title");
        Label coming = new Label(messages.get("section.coming"));
        coming.setId("comingSoon");
        coming.getStyleClass().add("coming-badge");
        Label description = new Label(messages.get(section.messageKey() + ".description"));
        description.setWrapText(true);
        description.setMaxWidth(520);
        getChildren().addAll(title, coming, description);
    }
}
