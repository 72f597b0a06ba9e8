package be.dagpuzzel.app;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.logging.FileHandler;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

/**
 * Sends everything the app and its libraries log (java.util.logging, and SLF4J through its JUL
 * binding) to a rotating log file in the data folder: five files of at most 2 MB each.
 */
public final class LogSetup {

    public static final String LOG_FOLDER = "logs";
    public static final String CURRENT_LOG = "dagpuzzel-0.log";

    /** Held here because java.util.logging forgets the level of a logger nobody references. */
    private static final Logger JOOQ = Logger.getLogger("org.jooq");
    private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");
    private static final Logger TIMEFOLD = Logger.getLogger("ai.timefold");

    private LogSetup() {
    }

    /** The log file users are pointed to in error messages. */
    public static Path currentLogFile(Path dataDir) {
        return dataDir.toAbsolutePath().resolve(LOG_FOLDER).resolve(CURRENT_LOG);
    }

    /**
     * For the options that run without a window: the log goes to the file only, so the console
     * shows the one line the option prints (not library chatter or a stack trace).
     */
    public static synchronized void fileOnly() {
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof java.util.logging.ConsoleHandler) {
                root.removeHandler(handler);
            }
        }
    }

    /** Adds the file handler once; if the folder cannot be written, logging stays on the console. */
    public static synchronized void configure(Path dataDir) {
        System.setProperty("java.util.logging.SimpleFormatter.format",
                "%1$tF %1$tT.%1$tL %4$-7s %3$s - %5$s%6$s%n");
        Logger root = Logger.getLogger("");
        for (Handler handler : root.getHandlers()) {
            if (handler instanceof FileHandler) {
                return;
            }
        }
        try {
            Path folder = dataDir.toAbsolutePath().resolve(LOG_FOLDER);
            Files.createDirectories(folder);
            FileHandler file = new FileHandler(folder.resolve("dagpuzzel-%g.log").toString(), 2_000_000, 5, true);
            file.setEncoding("UTF-8");
            file.setFormatter(new SimpleFormatter());
            file.setLevel(Level.INFO);
            root.addHandler(file);
        } catch (IOException | SecurityException e) {
            root.log(Level.WARNING, "No log file in " + dataDir + "; logging to the console only", e);
        }
        JOOQ.setLevel(Level.WARNING);
        FLYWAY.setLevel(Level.INFO);
        TIMEFOLD.setLevel(Level.WARNING); // one INFO line per solver phase, every auto-plan
    }
}
