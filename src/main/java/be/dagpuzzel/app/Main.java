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

    /**
     * {@code --backup-to DIR}: opens the store, writes a backup into DIR, and says where; 0 when it
     * worked, 1 with the reason otherwise (the store in use by an open Dagpuzzel, a folder that
     * cannot be written).
     */
    static int backupWithoutWindow(StartOptions options) {
        java.nio.file.Path dataDir = DagpuzzelApp.dataDirOf(options);
        LogSetup.configure(dataDir);
        try (be.dagpuzzel.store.Store store = new be.dagpuzzel.store.StoreOpener().open(dataDir)) {
            java.nio.file.Path file = new be.dagpuzzel.store.Backups(dataDir, java.time.Clock.systemDefaultZone())
                    .backupTo(store, options.backupTo().orElseThrow());
            System.out.println("Backup written: " + file);
            return 0;
        } catch (be.dagpuzzel.store.StoreInUseException e) {
            System.err.println("Dagpuzzel is open on " + dataDir + ": close it, or use File > Back up now in the app.");
            return 1;
        } catch (Exception e) {
            System.err.println("No backup was made: " + e.getMessage());
            return 1;
        }
    }

    /**
     * {@code --export FILE}: opens the store, writes everything in it to FILE as one JSON document,
     * and says where; 0 when it worked, 1 with a one-line reason otherwise (no store in the data
     * folder, the store in use by an open Dagpuzzel, a file that cannot be written).
     */
    static int exportWithoutWindow(StartOptions options) {
        java.nio.file.Path dataDir = DagpuzzelApp.dataDirOf(options);
        if (!java.nio.file.Files.exists(dataDir.resolve(be.dagpuzzel.store.StoreOpener.DATABASE_FILE))) {
            System.err.println("Nothing was exported: there is no Dagpuzzel data in " + dataDir);
            return 1;
        }
        LogSetup.configure(dataDir);
        try (be.dagpuzzel.store.Store store = new be.dagpuzzel.store.StoreOpener().open(dataDir)) {
            java.nio.file.Path file = new be.dagpuzzel.exchange.StoreExchange(store, java.time.Clock.systemDefaultZone())
                    .exportTo(options.exportTo().orElseThrow(), fraction -> { });
            System.out.println("Export written: " + file);
            return 0;
        } catch (be.dagpuzzel.store.StoreInUseException e) {
            System.err.println("Dagpuzzel is open on " + dataDir + ": close it, or use File > Export everything in the app.");
            return 1;
        } catch (Exception e) {
            java.util.logging.Logger.getLogger(Main.class.getName()).log(java.util.logging.Level.WARNING, "Export failed", e);
            System.err.println("Nothing was exported: " + reason(e));
            return 1;
        }
    }

    /** One line for the console: file system problems by their reason, others by their first line. */
    static String reason(Exception e) {
        if (e instanceof java.nio.file.AccessDeniedException denied) {
            return "no permission to write " + denied.getFile();
        }
        if (e instanceof java.nio.file.FileSystemException problem && problem.getReason() != null) {
            return problem.getFile() + ": " + problem.getReason();
        }
        if (e instanceof java.nio.file.FileSystemException problem) {
            return "cannot write " + problem.getFile();
        }
        return String.valueOf(e.getMessage()).lines().findFirst().orElse(e.getClass().getSimpleName());
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
        if (options.backupTo().isPresent()) {
            System.exit(backupWithoutWindow(options));
            return;
        }
        if (options.exportTo().isPresent()) {
            System.exit(exportWithoutWindow(options));
            return;
        }
        if (options.measureEmptyWindow()) {
            Application.launch(EmptyWindowMeasurement.class, args);
            return;
        }
        // The store opens while the toolkit starts and the window is built; the window takes it over.
        StoreStartup.beginInBackground(DagpuzzelApp.dataDirOf(options), options.demo(), java.time.LocalDate.now());
        Application.launch(DagpuzzelApp.class, args);
    }
}
