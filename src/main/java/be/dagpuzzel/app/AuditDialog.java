package be.dagpuzzel.app;

import java.time.format.DateTimeFormatter;
import java.util.List;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;

import be.dagpuzzel.exchange.AuditTrail;
import be.dagpuzzel.ui.Messages;

/** A person's change history from the audit trail: when, who, what, from what to what. */
final class AuditDialog {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm");

    private AuditDialog() {
    }

    static void show(Window owner, Messages messages, String name, List<AuditTrail.Entry> entries) {
        TableView<AuditTrail.Entry> table = new TableView<>(FXCollections.observableArrayList(entries));
        table.setId("auditTable");
        table.setPlaceholder(new Label(messages.get("audit.none")));
        table.getColumns().add(column(messages.get("audit.when"), e -> e.at().format(WHEN), 140));
        table.getColumns().add(column(messages.get("audit.who"), AuditTrail.Entry::user, 80));
        table.getColumns().add(column(messages.get("audit.what"), e -> e.table() + " · " + e.field(), 170));
        table.getColumns().add(column(messages.get("audit.old"), e -> e.oldValue().orElse("–"), 170));
        table.getColumns().add(column(messages.get("audit.new"), e -> e.newValue().orElse("–"), 170));
        table.setPrefSize(740, 380);
        Dialog<Void> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(messages.format("audit.title", name));
        dialog.setHeaderText(messages.format("audit.title", name));
        dialog.getDialogPane().setContent(table);
        dialog.getDialogPane().getButtonTypes().add(new ButtonType(messages.get("transport.setup.close"),
                ButtonBar.ButtonData.CANCEL_CLOSE));
        dialog.showAndWait();
    }

    private static TableColumn<AuditTrail.Entry, String> column(String title,
                                                                java.util.function.Function<AuditTrail.Entry, String> text,
                                                                double width) {
        TableColumn<AuditTrail.Entry, String> c = new TableColumn<>(title);
        c.setCellValueFactory(cell -> new ReadOnlyStringWrapper(text.apply(cell.getValue())));
        c.setPrefWidth(width);
        return c;
    }
}
