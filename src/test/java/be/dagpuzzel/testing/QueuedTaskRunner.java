package be.dagpuzzel.testing;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.function.Consumer;

import be.dagpuzzel.ui.TaskRunner;

/**
 * Holds background work until the test says so, to replay orders in which results arrive late
 * (the user moved on before a save came back).
 */
public final class QueuedTaskRunner implements TaskRunner {

    private final Deque<Runnable> queue = new ArrayDeque<>();

    @Override
    public <T> void run(Kind kind, Work<T> work, Consumer<? super T> onSuccess, Consumer<Throwable> onFailure) {
        queue.add(() -> {
            T result;
            try {
                result = work.call(Progress.NONE);
            } catch (Exception e) {
                if (onFailure == null) {
                    throw new IllegalStateException(e);
                }
                onFailure.accept(e);
                return;
            }
            if (onSuccess != null) {
                onSuccess.accept(result);
            }
        });
    }

    /** Runs the oldest piece of work queued, if any; true when there was one. */
    public boolean runNext() {
        Runnable next = queue.poll();
        if (next != null) {
            next.run();
        }
        return next != null;
    }

    /** Runs everything queued, including work queued meanwhile, in order. */
    public void runAll() {
        while (!queue.isEmpty()) {
            queue.poll().run();
        }
    }
}
