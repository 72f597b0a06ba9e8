package be.dagpuzzel.staff.view;

import javafx.collections.ListChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.staff.Preference;
import be.dagpuzzel.ui.Messages;

/** Skills and certificates with their expiry, and the task preferences and strengths: what suits whom. */
final class SkillsTab extends Tab {

    private final StaffDetailViewModel model;
    private final Messages messages;
    private final GridPane skillGrid = new GridPane();
    private final GridPane preferenceGrid = new GridPane();

    SkillsTab(StaffDetailViewModel model, Messages messages) {
        super(messages.get("staff.tab.skills"));
        setClosable(false);
        this.model = model;
        this.messages = messages;
        skillGrid.setHgap(10);
        skillGrid.setVgap(6);
        preferenceGrid.setHgap(14);
        preferenceGrid.setVgap(6);
        model.skills().addListener((ListChangeListener<SkillLine>) c -> showSkills());
        model.preferences().addListener((ListChangeListener<PreferenceLine>) c -> showPreferences());

        Label skillsTitle = title("staff.skills.title");
        Label prefsTitle = title("staff.preferences.title");
        TextField strengths = new TextField();
        strengths.setId("strengths");
        strengths.setPromptText(messages.get("staff.strengths.hint"));
        strengths.textProperty().bindBidirectional(model.profile().strengthsProperty());
        strengths.setOnAction(e -> model.commitProfile());
        strengths.focusedProperty().addListener((obs, was, focused) -> {
            if (!focused) {
                model.commitProfile();
            }
        });
        Label stagesHint = new Label(messages.get("staff.stages.hint"));
        stagesHint.getStyleClass().add("hint");
        stagesHint.setWrapText(true);
        Label signedOff = new Label(messages.get("staff.stages.signedOff"));
        signedOff.setId("stagesSignedOff");
        signedOff.getStyleClass().add("hint");
        signedOff.setWrapText(true);
        VBox page = new VBox(10, skillsTitle, skillGrid, prefsTitle, stagesHint, signedOff, preferenceGrid,
                new Label(messages.get("staff.strengths")), strengths);
        page.getStyleClass().add("page");
        ScrollPane scroll = new ScrollPane(page);
        scroll.setFitToWidth(true);
        setContent(scroll);
    }

    private Label title(String key) {
        Label label = new Label(messages.get(key));
        label.getStyleClass().add("subsection-title");
        return label;
    }

    private void showSkills() {
        skillGrid.getChildren().clear();
        int row = 0;
        for (SkillLine line : model.skills()) {
            CheckBox held = new CheckBox(line.name());
            held.setId("skill-" + line.skillId());
            held.selectedProperty().bindBidirectional(line.heldProperty());
            TextField expiry = new TextField();
            expiry.setId("expiry-" + line.skillId());
            expiry.setPromptText(messages.get("staff.skill.noExpiry"));
            expiry.setPrefColumnCount(9);
            expiry.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            expiry.textProperty().bindBidirectional(line.expiryProperty());
            expiry.disableProperty().bind(line.heldProperty().not());
            expiry.setOnAction(e -> model.commitSkill(line));
            expiry.focusedProperty().addListener((obs, was, focused) -> {
                if (!focused) {
                    model.commitSkill(line);
                }
            });
            Label expired = new Label(messages.get("staff.skill.expired"));
            expired.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            expired.getStyleClass().add("expired-badge");
            expired.visibleProperty().bind(line.expiredProperty().and(line.heldProperty()));
            Label error = new Label();
            error.getStyleClass().add("field-error");
            error.textProperty().bind(line.errorProperty());
            Label until = new Label(messages.get("staff.skill.until"));
            until.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            held.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
            skillGrid.addRow(row++, held, until, expiry, expired, error);
        }
    }

    private void showPreferences() {
        preferenceGrid.getChildren().clear();
        int row = 0;
        for (PreferenceLine line : model.preferences()) {
            Region swatch = new Region();
            swatch.getStyleClass().add("task-swatch");
            swatch.setStyle("-fx-background-color: " + line.colour() + ";");
            Label name = new Label(line.taskName(), swatch);
            name.setMinWidth(140);
            ToggleGroup group = new ToggleGroup();
            preferenceGrid.add(name, 0, row);
            int col = 1;
            for (Preference p : Preference.values()) {
                RadioButton choice = new RadioButton(messages.get(p.messageKey()));
                choice.setId("pref-" + line.taskTypeId() + "-" + p);
                choice.setToggleGroup(group);
                choice.setUserData(p);
                choice.setSelected(line.preferenceProperty().get() == p);
                choice.setMinWidth(javafx.scene.layout.Region.USE_PREF_SIZE);
                preferenceGrid.add(choice, col++, row);
            }
            group.selectedToggleProperty().addListener((obs, old, now) -> {
                if (now != null) {
                    line.preferenceProperty().set((Preference) now.getUserData());
                }
            });
            line.preferenceProperty().addListener((obs, old, now) -> group.getToggles().forEach(
                    t -> t.setSelected(t.getUserData() == now)));
            Label stage = new Label();
            stage.setId("stage-" + line.taskTypeId());
            stage.getStyleClass().add("hint");
            String prefix = line.isDriving() ? "stage.DRIVER." : "stage.";
            stage.textProperty().bind(line.stageProperty().map(s -> messages.get(prefix + s.name())));
            row++;
            preferenceGrid.add(stage, 1, row, 3, 1);
            preferenceGrid.setAlignment(Pos.CENTER_LEFT);
            row++;
        }
    }
}
