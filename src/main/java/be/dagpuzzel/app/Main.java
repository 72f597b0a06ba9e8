package be.dagpuzzel.app;

import java.util.List;

import javafx.application.Application;

/**
 * Starts Dagpuzzel. Reads the options first so that a wrong option or {@code --help} answers on
 * the console without opening a window.
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        StartOptions options;
        try {
            options = StartOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.print(StartOptions.usage());
            System.exit(2);
            return;
        }
        if (options.help()) {
            System.out.print(StartOptions.usage());
            return;
        }
        if (options.measureEmptyWindow()) {
            Application.launch(EmptyWindowMeasurement.class, args);
            return;
        }
        // The store opens while the toolkit starts and the window is built; the window takes it over.
        LogSetup.configure(DagpuzzelApp.dataDirOf(options));
        StoreStartup.beginInBackground(DagpuzzelApp.dataDirOf(options), options.demo(), java.time.LocalDate.now());
        Application.launch(DagpuzzelApp.class, args);
    }
}
