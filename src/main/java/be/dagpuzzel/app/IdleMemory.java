package be.dagpuzzel.app;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

import javafx.event.Event;
import javafx.scene.input.InputEvent;
import javafx.stage.Window;

/**
 * Gives unused memory back to the system once the nurse has left the app alone for a while: after
 * a minute without a key, click or scroll, one full garbage collection (the JVM then shrinks its
 * heap, docs/performance.md "Memory with the ten-year store"), and none again until she has used
 * the app. The pause of a full collection (0.2-0.4 s on the ten-year store) falls where nobody is
 * waiting, unlike the JVM's own periodic full collection, which came every 30 s while she only
 * read the screen.
 */
final class IdleMemory {

    private static final Logger LOG = Logger.getLogger(IdleMemory.class.getName());
    static final Duration IDLE = Duration.ofMinutes(1);

    private final LongSupplier nanoClock;
    private final Runnable collect;
    private volatile long lastInput;
    private volatile boolean collected;

    IdleMemory(LongSupplier nanoClock, Runnable collect) {
        this.nanoClock = nanoClock;
        this.collect = collect;
        this.lastInput = nanoClock.getAsLong();
    }

    /**
     * Watches {@code window}'s input and checks every ten seconds on a daemon thread of its own,
     * until the returned action is run (when the app stops).
     */
    static Runnable watch(Window window) {
        IdleMemory idle = new IdleMemory(System::nanoTime, () -> {
            long start = System.nanoTime();
            System.gc();
            LOG.fine(() -> "Idle: heap collected in " + (System.nanoTime() - start) / 1_000_000 + " ms");
        });
        javafx.event.EventHandler<InputEvent> seen = idle::seen;
        window.addEventFilter(InputEvent.ANY, seen);
        ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "dagpuzzel-idle-memory");
            thread.setDaemon(true);
            thread.setPriority(Thread.MIN_PRIORITY);
            return thread;
        });
        timer.scheduleWithFixedDelay(idle::check, 10, 10, TimeUnit.SECONDS);
        return () -> {
            timer.shutdownNow();
            window.removeEventFilter(InputEvent.ANY, seen);
        };
    }

    /** A key, click, scroll or mouse move: the app is in use. */
    void seen(Event event) {
        lastInput = nanoClock.getAsLong();
        collected = false;
    }

    /** Collects once when the app has been left alone for {@link #IDLE}; says whether it did. */
    boolean check() {
        if (collected || nanoClock.getAsLong() - lastInput < IDLE.toNanos()) {
            return false;
        }
        collected = true;
        collect.run();
        return true;
    }
}
