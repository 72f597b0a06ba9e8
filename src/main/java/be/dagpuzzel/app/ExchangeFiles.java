package be.dagpuzzel.app;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import be.dagpuzzel.ui.Messages;

/**
 * Which file an export goes to and which file to import (the JSON export, or a spreadsheet as CSV,
 * and where a CSV report goes): the system's file dialogs in the app;
 * screen tests give fixed files instead, as a file dialog cannot be driven headless.
 */
public interface ExchangeFiles {

    /** The file to write the export to, or empty when the user cancelled. */
    Optional<Path> exportTarget(Window owner, Messages messages, String suggestedName);

    /** The export to import, or empty when the user cancelled. */
    Optional<Path> importSource(Window owner, Messages messages);

    /** The spreadsheet (CSV) to import, or empty when the user cancelled. */
    default Optional<Path> csvSource(Window owner, Messages messages) {
        FileChooser chooser = csvChooser(messages, "csv.choose");
        return Optional.ofNullable(chooser.showOpenDialog(owner)).map(File::toPath);
    }

    /** The CSV file to write a report to, or empty when the user cancelled. */
    default Optional<Path> csvTarget(Window owner, Messages messages, String suggestedName) {
        FileChooser chooser = csvChooser(messages, "csv.export.choose");
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
    }

    private static FileChooser csvChooser(Messages messages, String titleKey) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(messages.get(titleKey));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("csv.fileType"), "*.csv", "*.txt"));
        return chooser;
    }

    static ExchangeFiles fileDialogs() {
        return new ExchangeFiles() {
            @Override
            public Optional<Path> exportTarget(Window owner, Messages messages, String suggestedName) {
                FileChooser chooser = chooser(messages, "export.choose");
                chooser.setInitialFileName(suggestedName);
                return Optional.ofNullable(chooser.showSaveDialog(owner)).map(File::toPath);
            }

            @Override
            public Optional<Path> importSource(Window owner, Messages messages) {
                return Optional.ofNullable(chooser(messages, "import.choose").showOpenDialog(owner)).map(File::toPath);
            }

            private FileChooser chooser(Messages messages, String titleKey) {
                FileChooser chooser = new FileChooser();
                chooser.setTitle(messages.get(titleKey));
                chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(messages.get("export.fileType"), "*.json"));
                return chooser;
            }
        };
    }
}
