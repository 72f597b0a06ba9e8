package be.dagpuzzel.settings;

import java.util.Locale;

import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;

/**
 * The Settings section as pages: General (language and the centre's details), task types,
 * skills, day templates, closing days, progress (onboarding ladders, competences, programmes) and
 * Security (the store's password). Everything is stored as it is edited; a page reads
 * the store again each time it is opened, so it shows what the other pages changed.
 */
public final class SettingsView extends VBox {

    private final TabPane pages = new TabPane();

    public SettingsView(SettingsViewModel model, Messages messages) {
        this(model, null, messages);
    }

    /** With the Security page (the store's password) when {@code security} is given. */
    public SettingsView(SettingsViewModel model, SecurityViewModel security, Messages messages) {
        getStyleClass().add("settings-view");
        Label title = new Label(messages.get("section.settings"));
        title.getStyleClass().add("section-title");
        VBox header = new VBox(title);
        header.getStyleClass().add("settings-header");
        pages.setId("settingsPages");
        pages.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        VBox.setVgrow(pages, Priority.ALWAYS);
        pages.getTabs().add(page("general", messages.get("settings.page.general"), general(model, messages), model::load));
        pages.getTabs().add(page("taskTypes", messages.get("settings.page.taskTypes"),
                new TaskTypesPage(model.taskTypes(), messages), model.taskTypes()::load));
        pages.getTabs().add(page("skills", messages.get("settings.page.skills"),
                new SkillsPage(model.skills(), messages), model.skills()::load));
        pages.getTabs().add(page("dayTemplates", messages.get("settings.page.dayTemplates"),
                new DayTemplatesPage(model.dayTemplates(), messages), model.dayTemplates()::load));
        pages.getTabs().add(page("closingDays", messages.get("settings.page.closingDays"),
                new ClosingDaysPage(model.closingDays(), messages), model.closingDays()::load));
        ProgressPages progress = new ProgressPages(model, messages);
        pages.getTabs().add(page("progress", messages.get("settings.page.progress"), progress, progress::reload));
        if (security != null) {
            pages.getTabs().add(page("security", messages.get("settings.page.security"),
                    new SecurityPage(security, messages), security::load));
        }
        getChildren().addAll(header, pages);
        model.load();
    }

    /** Opens the page with id {@code id} ("security"), if there is one. */
    public void showPage(String id) {
        pages.getTabs().stream().filter(tab -> ("page-" + id).equals(tab.getId())).findFirst()
                .ifPresent(pages.getSelectionModel()::select);
    }

    private static Tab page(String id, String title, Node content, Runnable onOpen) {
        Tab tab = new Tab(title, content);
        tab.setId("page-" + id);
        tab.setOnSelectionChanged(e -> {
            if (tab.isSelected()) {
                onOpen.run();
            }
        });
        return tab;
    }

    private static Node general(SettingsViewModel model, Messages messages) {
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

        VBox page = new VBox(14, languageRow, centreTitle, autosave, form);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        return scroll;
    }

    private static final class LanguageCell extends ListCell<Language> {
        private final Messages messages;

        LanguageCell(Messages messages) {
            this.messages = messages;
        }

        @Override
        protected void updateItem(Language item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty || item == null ? "" : messages.get("language." + item.name().toLowerCase(Locale.ROOT)));
        }
    }
}
