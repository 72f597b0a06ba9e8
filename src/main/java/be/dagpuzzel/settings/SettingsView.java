package be.dagpuzzel.settings;

import javafx.collections.FXCollections;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

/** The Settings section: language and the centre's details, stored as they are edited. */
public final class SettingsView extends ScrollPane {

    public SettingsView(SettingsViewModel model, Messages messages) {
        getStyleClass().add("settings-view");
        setFitToWidth(true);

        Label title = new Label(messages.get("section.settings"));
        title.getStyleClass().add("section-title");

        ComboBox<Language> language = new ComboBox<>(FXCollections.observableArrayList(Language.values()));
        language.setId("languageChoice");
        language.setCellFactory(list -> new LanguageCell(messages));
        language.setButtonCell(new LanguageCell(messages));
        language.valueProperty().bindBidirectional(model.languageProperty());
        Label languageLabel = new Label(messages.get("settings.language"));
        languageLabel.setLabelFor(language);
        HBox languageRow = new HBox(10, languageLabel, language);
        languageRow.getStyleClass().add("form-row");

        Label centreTitle = new Label(messages.get("settings.centre"));
        centreTitle.getStyleClass().add("subsection-title");
        Label autosave = new Label(messages.get("settings.autosave"));
        autosave.getStyleClass().add("hint");
        CentreForm form = new CentreForm(model.centreForm(), messages, model::commitCentre);
        form.setMaxWidth(520);

        VBox page = new VBox(14, title, languageRow, centreTitle, autosave, form);
        page.getStyleClass().add("page");
        setContent(page);
        model.load();
    }

    private static final class LanguageCell extends ListCell<Language> {
        private final Messages messages;

        LanguageCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Language item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : messages.get("language." + item.name().toLowerCase(java.util.Locale.ROOT)));
        }
    }
}
