package be.dagpuzzel.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

import be.dagpuzzel.settings.Centre;
import be.dagpuzzel.store.StoreOpener;
import be.dagpuzzel.store.StorePassword;

/**
 * Opening the store at start-up: H2, the migrations and the first query take about as long as
 * the JavaFX toolkit needs to show a window, so {@link Main} starts this on its own thread before
 * the toolkit and the window picks up the result.
 */
final class StoreStartup {

    /** The open store's services and the centre, if the store has one yet. */
    record Opened(AppServices services, Optional<Centre> centre) {
    }

    private static volatile CompletableFuture<Opened> started;

    /** The planning rules: one set for the app, compiled on first use or by {@link #warmUpRules}. */
    private static final be.dagpuzzel.roster.rules.RosterRules RULES =
            new be.dagpuzzel.roster.rules.RosterRules(java.time.Duration.ofSeconds(2));

    /** The app's planning rules (compiled on first use, or in the background once the data is shown). */
    static be.dagpuzzel.roster.rules.RosterRules rules() {
        return RULES;
    }

    private static final java.util.concurrent.atomic.AtomicBoolean WARMING_UP = new java.util.concurrent.atomic.AtomicBoolean();

    /**
     * Compiles the planning rules on a background thread (once), so that the first check or
     * auto-plan is quick. Called when the centre's data is on screen, not at start-up: compiling
     * them takes about a second of CPU, which on a two-core desk slowed everything the first
     * screen needs; the Today board shows its places without them and its warnings when they are
     * ready ({@code RosterBoardViewModel}).
     */
    static void warmUpRules() {
        if (!WARMING_UP.compareAndSet(false, true)) {
            return;
        }
        Thread thread = new Thread(RULES::warmUp, "dagpuzzel-rules-warm-up");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        thread.start();
    }

    private StoreStartup() {
    }

    /** Opens the store; with {@code demo}, an empty store gets the demo centre. Runs on the calling thread. */
    static Opened open(Path dataDir, boolean demo, java.time.Clock clock) throws Exception {
        return open(dataDir, demo, clock, Optional.empty());
    }

    /**
     * The same with the password of an encrypted store; without one, an encrypted store fails with
     * {@code PASSWORD_NEEDED} before anything is opened, and the app asks for it.
     */
    static Opened open(Path dataDir, boolean demo, java.time.Clock clock, Optional<StorePassword> password)
            throws Exception {
        AppServices services = AppServices.create(new StoreOpener().open(dataDir, password), clock);
        LocalDate today = LocalDate.now(clock);
        Optional<Centre> centre = services.centres().find();
        if (centre.isEmpty() && demo) {
            centre = Optional.of(services.demo().fill(today));
        }
        return new Opened(services, centre);
    }

    /** Sets up the log file and starts {@link #open} on a background thread, for the app to {@link #take()} later. */
    static void beginInBackground(Path dataDir, boolean demo, java.time.Clock clock) {
        started = CompletableFuture.supplyAsync(() -> {
            LogSetup.configure(dataDir); // here, not before the toolkit starts: it takes a moment on a cold JVM
            try {
                return open(dataDir, demo, clock);
            } catch (Exception e) {
                throw new CompletionException(e);
            }
        }, runnable -> {
            Thread thread = new Thread(runnable, "dagpuzzel-store-startup");
            thread.setDaemon(true);
            thread.start();
        });
    }

    /** The opening begun by {@link #beginInBackground}, once; empty if none was begun. */
    static Optional<CompletableFuture<Opened>> take() {
        CompletableFuture<Opened> future = started;
        started = null;
        return Optional.ofNullable(future);
    }
}
