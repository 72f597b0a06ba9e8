package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** Memory is given back once while the app is left alone, never while the nurse uses it. */
class IdleMemoryTest {

    private final AtomicLong now = new AtomicLong();
    private final AtomicInteger collections = new AtomicInteger();
    private final IdleMemory idle = new IdleMemory(now::get, collections::incrementAndGet);

    private void after(long seconds) {
        now.addAndGet(TimeUnit.SECONDS.toNanos(seconds));
    }

    @Test
    void nothingIsCollectedWhileTheAppIsInUse() {
        for (int i = 0; i < 20; i++) {
            after(30);
            idle.seen(null);
            assertFalse(idle.check());
        }
        assertEquals(0, collections.get());
    }

    @Test
    void oneCollectionAfterAMinuteAloneAndNoneAgainUntilTheAppIsUsed() {
        after(50);
        assertFalse(idle.check(), "not yet a minute");
        after(10);
        assertTrue(idle.check());
        after(600);
        assertFalse(idle.check(), "ten minutes more alone: nothing new to give back");
        assertEquals(1, collections.get());

        idle.seen(null);
        after(30);
        assertFalse(idle.check());
        after(30);
        assertTrue(idle.check(), "used again, then left alone again");
        assertEquals(2, collections.get());
    }
}
