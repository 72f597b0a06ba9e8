package be.dagpuzzel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.store.jooq.Tables;

/**
 * The store survives being killed at any moment: a child JVM keeps storing batches of five rows,
 * each batch in one transaction, and prints the number of every batch once it is committed (what
 * the app would confirm to the user). The parent kills it after a random time, hard (kill -9, a
 * power cut) or politely (SIGTERM, logging off), eight times in a row on the same store. Every
 * time the store must open, every confirmed batch must be there, and no batch may be half there.
 */
class RandomKillTest {

    private static final int ROWS_PER_BATCH = 5;

    @TempDir
    Path dataDir;

    /** Run in the child JVM: batches from {@code args[1]} on until killed. */
    public static void main(String[] args) throws Exception {
        Store store = new StoreOpener().open(Path.of(args[0]));
        store.closeOnShutdown();
        int batch = Integer.parseInt(args[1]);
        System.out.println("open");
        System.out.flush();
        while (true) {
            int number = batch++;
            store.transaction(dsl -> {
                for (int row = 0; row < ROWS_PER_BATCH; row++) {
                    dsl.insertInto(Tables.APP_SETTING).set(Tables.APP_SETTING.SETTING_KEY, "kill." + number + "." + row)
                            .set(Tables.APP_SETTING.SETTING_VALUE, "x".repeat(200 + number % 700)).execute();
                }
            });
            System.out.println("confirmed " + number);
            System.out.flush();
        }
    }

    @Test
    void everyConfirmedBatchSurvivesKillsAtRandomMoments() throws Exception {
        Random random = new Random(20261127);
        int next = 0;
        int confirmedTotal = 0;
        for (int round = 0; round < 8; round++) {
            boolean hard = round % 2 == 0;
            int lastConfirmed = run(next, 150 + random.nextInt(900), hard);
            try (Store store = new StoreOpener().open(dataDir)) {
                Map<String, Integer> rowsPerBatch = store.dsl().select(Tables.APP_SETTING.SETTING_KEY).from(Tables.APP_SETTING)
                        .where(Tables.APP_SETTING.SETTING_KEY.like("kill.%")).fetch(Tables.APP_SETTING.SETTING_KEY).stream()
                        .collect(Collectors.groupingBy(k -> k.substring(0, k.lastIndexOf('.')),
                                Collectors.summingInt(k -> 1)));
                for (var entry : rowsPerBatch.entrySet()) {
                    assertEquals(ROWS_PER_BATCH, entry.getValue(), "batch " + entry.getKey() + " is whole (round "
                            + round + ")");
                }
                for (int b = 0; b <= lastConfirmed; b++) {
                    assertTrue(rowsPerBatch.containsKey("kill." + b), "confirmed batch " + b + " is there after "
                            + (hard ? "kill -9" : "SIGTERM") + " in round " + round);
                }
                next = rowsPerBatch.size();
                confirmedTotal = lastConfirmed + 1;
                assertEquals(0, store.dsl().fetchCount(DSL.selectOne()) - 1);
            }
        }
        assertTrue(confirmedTotal > 8, "the child got work done between the kills: " + confirmedTotal);
    }

    /** Starts the child at batch {@code from}, kills it {@code millis} after the store is open; the last confirmed batch. */
    private int run(int from, int millis, boolean hard) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-Djava.util.logging.config.file=/dev/null", "-cp",
                System.getProperty("java.class.path"), RandomKillTest.class.getName(), dataDir.toString(),
                String.valueOf(from))).redirectErrorStream(true).start();
        int last = from - 1;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            long killAt = Long.MAX_VALUE;
            while ((line = out.readLine()) != null) {
                if (line.equals("open")) {
                    killAt = System.nanoTime() + millis * 1_000_000L;
                } else if (line.startsWith("confirmed ")) {
                    last = Integer.parseInt(line.substring("confirmed ".length()));
                }
                if (System.nanoTime() >= killAt) {
                    break;
                }
            }
            if (hard) {
                child.destroyForcibly();
            } else {
                child.destroy();
            }
            assertTrue(child.waitFor(30, TimeUnit.SECONDS), "the child ended");
        }
        return last;
    }
}
