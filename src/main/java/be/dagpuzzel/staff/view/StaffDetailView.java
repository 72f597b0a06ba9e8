package be.dagpuzzel.staff.view;

import javafx.beans.binding.Bindings;
import javafx.collections.MapChangeListener;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;

import be.dagpuzzel.staff.StaffDetails;
import be.dagpuzzel.ui.DialogButtons;
import be.dagpuzzel.ui.Messages;

/** The right-hand side of the staff section: who is open, archive / restore / delete, undo, and the tabs. */
public final class StaffDetailView extends BorderPane {

    private final TabPane tabs;

    StaffDetailView(StaffDetailViewModel model, Messages messages, Runnable afterDelete) {
        getStyleClass().add("staff-detail");
        Label name = new Label();
        name.setId("staffName");
        name.getStyleClass().add("section-title");
        Label badge = new Label(messages.get("staff.archived"));
        badge.getStyleClass().add("archived-badge");
        name.textProperty().bind(Bindings.createStringBinding(() -> model.detailsProperty().get() == null ? ""
                : model.detailsProperty().get().member().fullName(), model.detailsProperty()));
        badge.visibleProperty().bind(Bindings.createBooleanBinding(() -> archived(model.detailsProperty().get()),
                model.detailsProperty()));

        Button undo = new Button(messages.get("staff.undo"));
        undo.setId("staffUndo");
        undo.setTooltip(new Tooltip(messages.get("staff.undo.tooltip")));
        undo.disableProperty().bind(model.undoStack().canUndoProperty().not());
        undo.setOnAction(e -> model.undo());
        Button archive = new Button(messages.get("staff.archive"));
        archive.setId("archiveStaff");
        archive.setOnAction(e -> model.archive());
        archive.visibleProperty().bind(badge.visibleProperty().not());
        archive.managedProperty().bind(archive.visibleProperty());
        Button restore = new Button(messages.get("staff.restore"));
        restore.setId("restoreStaff");
        restore.setOnAction(e -> model.restore());
        restore.visibleProperty().bind(badge.visibleProperty());
        restore.managedProperty().bind(restore.visibleProperty());
        Button delete = new Button(messages.get("staff.delete"));
        delete.setId("deleteStaff");
        delete.visibleProperty().bind(Bindings.createBooleanBinding(() -> model.detailsProperty().get() != null
                && !model.detailsProperty().get().hasHistory(), model.detailsProperty()));
        delete.managedProperty().bind(delete.visibleProperty());
        delete.setOnAction(e -> confirmDelete(model, messages, afterDelete));

        javafx.scene.control.Hyperlink progressPage = new javafx.scene.control.Hyperlink(messages.get("staff.progressPage"));
        progressPage.setId("openProgressPage");
        progressPage.setTooltip(new Tooltip(messages.get("staff.progressPage.tooltip")));
        progressPage.visibleProperty().bind(model.followedByProgressProperty().and(progressLinked));
        progressPage.managedProperty().bind(progressPage.visibleProperty());
        progressPage.setOnAction(e -> {
            StaffDetails details = model.detailsProperty().get();
            if (details != null && openProgress != null) {
                openProgress.accept(details.member().id());
            }
        });

        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        for (Button b : new Button[] {undo, archive, restore, delete}) {
            b.setMinWidth(Region.USE_PREF_SIZE);
        }
        badge.setMinWidth(Region.USE_PREF_SIZE);
        badge.managedProperty().bind(badge.visibleProperty());
        name.setMinWidth(80);
        javafx.scene.control.MenuItem history = new javafx.scene.control.MenuItem(messages.get("participant.privacy.history"));
        history.setId("staffHistory");
        history.setOnAction(e -> withOpen(model, privacy -> privacy::history));
        javafx.scene.control.MenuItem exportData = new javafx.scene.control.MenuItem(messages.get("participant.privacy.export"));
        exportData.setId("exportStaffData");
        exportData.setOnAction(e -> withOpen(model, privacy -> privacy::export));
        javafx.scene.control.MenuItem exportPdf = new javafx.scene.control.MenuItem(
                messages.get("participant.privacy.exportPdf"));
        exportPdf.setId("exportStaffPdf");
        exportPdf.setOnAction(e -> withOpen(model, privacy -> privacy::exportPdf));
        javafx.scene.control.MenuItem erase = new javafx.scene.control.MenuItem(messages.get("staff.privacy.erase"));
        erase.setId("eraseStaff");
        // only someone archived (they left), and not twice
        erase.disableProperty().bind(Bindings.createBooleanBinding(() -> !archived(model.detailsProperty().get())
                || be.dagpuzzel.staff.StaffService.isErased(model.detailsProperty().get().member()),
                model.detailsProperty()));
        erase.setOnAction(e -> confirmErase(model, messages));
        javafx.scene.control.MenuButton privacyMenu = new javafx.scene.control.MenuButton(
                messages.get("participant.privacy"), null, history, exportData, exportPdf, erase);
        privacyMenu.setTooltip(new Tooltip(messages.get("participant.privacy.tooltip")));
        privacyMenu.setId("staffPrivacy");
        privacyMenu.setMinWidth(Region.USE_PREF_SIZE);
        // the name has a line of its own: who is open must never be cut short, in any language
        HBox nameRow = new HBox(10, name, badge);
        nameRow.setAlignment(Pos.CENTER_LEFT);
        HBox buttons = new HBox(8, spacer, undo, archive, restore, delete, privacyMenu);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        VBox header = new VBox(4, nameRow, buttons);
        header.getStyleClass().add("detail-header");
        Label problem = new Label();
        problem.setId("staffProblem");
        problem.getStyleClass().add("field-error");
        model.generalErrors().addListener((MapChangeListener<String, String>) c ->
                problem.setText(String.join(" ", model.generalErrors().values())));

        tabs = new TabPane(new ProfileTab(model, messages), new AvailabilityTab(model, messages),
                new AbsencesTab(model, messages), new SkillsTab(model, messages));
        tabs.setId("staffTabs");
        setTop(new VBox(4, header, progressPage, problem));
        setCenter(tabs);
    }

    /** What the app does for a staff member's privacy: their change history, their data as JSON or PDF. */
    public interface Privacy {
        void history(be.dagpuzzel.staff.StaffMember member);

        void export(be.dagpuzzel.staff.StaffMember member);

        void exportPdf(be.dagpuzzel.staff.StaffMember member);
    }

    private Privacy privacy;
    private java.util.function.Consumer<Long> openProgress;
    private final javafx.beans.property.BooleanProperty progressLinked = new javafx.beans.property.SimpleBooleanProperty();

    /** What "Progress page" does: open the Progress section on the person (by staff id). */
    void setOpenProgress(java.util.function.Consumer<Long> value) {
        openProgress = value;
        progressLinked.set(value != null);
    }

    void setPrivacy(Privacy value) {
        privacy = value;
    }

    private void withOpen(StaffDetailViewModel model,
                          java.util.function.Function<Privacy, java.util.function.Consumer<be.dagpuzzel.staff.StaffMember>> action) {
        StaffDetails details = model.detailsProperty().get();
        if (details != null && privacy != null) {
            action.apply(privacy).accept(details.member());
        }
    }

    private static boolean archived(StaffDetails details) {
        return details != null && details.member().archived();
    }

    /** Asked twice: what goes and what stays, then that it cannot be undone. */
    private void confirmErase(StaffDetailViewModel model, Messages messages) {
        StaffDetails details = model.detailsProperty().get();
        if (details == null) {
            return;
        }
        String name = details.member().fullName();
        ButtonType cancel = DialogButtons.cancel(messages);
        ButtonType next = DialogButtons.destructive(messages.get("participant.erase.next"));
        Alert first = new Alert(Alert.AlertType.WARNING, messages.format("staff.erase.explain", name), cancel, next);
        ButtonType eraseNow = DialogButtons.destructive(messages.get("participant.erase.do"));
        Alert second = new Alert(Alert.AlertType.WARNING, messages.format("staff.erase.sure", name), cancel, eraseNow);
        for (Alert a : new Alert[] {first, second}) {
            if (getScene() != null) {
                a.initOwner(getScene().getWindow());
            }
            a.setTitle(messages.get("staff.privacy.erase"));
            a.setHeaderText(name);
            a.getDialogPane().setMinHeight(Region.USE_PREF_SIZE);
            DialogButtons.defaultTo(a.getDialogPane(), cancel);
        }
        if (first.showAndWait().filter(next::equals).isPresent()
                && second.showAndWait().filter(eraseNow::equals).isPresent()) {
            model.erase();
        }
    }

    private static void confirmDelete(StaffDetailViewModel model, Messages messages, Runnable afterDelete) {
        StaffDetails details = model.detailsProperty().get();
        if (details == null) {
            return;
        }
        ButtonType cancel = DialogButtons.cancel(messages);
        ButtonType delete = DialogButtons.destructive(messages.get("staff.delete"));
        Alert confirm = new Alert(Alert.AlertType.CONFIRMATION,
                messages.format("staff.delete.confirm", details.member().fullName()), cancel, delete);
        confirm.setHeaderText(messages.get("staff.delete"));
        DialogButtons.defaultTo(confirm.getDialogPane(), cancel);
        confirm.showAndWait().filter(delete::equals).ifPresent(ok -> model.delete(afterDelete));
    }

    /** Opens the profile tab with the first name field focused (after adding someone). */
    void showProfile() {
        tabs.getSelectionModel().selectFirst();
        javafx.application.Platform.runLater(() -> {
            javafx.scene.Node first = lookup("#" + be.dagpuzzel.staff.StaffService.FIELD_FIRST_NAME);
            if (first != null) {
                first.requestFocus();
            }
        });
    }
}
