package be.dagpuzzel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.store.jooq.Tables;

/**
 * A committed edit survives the process being killed right after it (power cut, task manager):
 * another JVM stores and is killed hard at once; the store then opens with the edit in it.
 */
class CrashSafetyTest {

    @TempDir
    Path dataDir;

    /** Run in the child JVM: stores one centre, says so, then waits to be killed. */
    public static void main(String[] args) throws Exception {
        Store store = new StoreOpener().open(Path.of(args[0]));
        store.transaction(dsl -> dsl.insertInto(Tables.CENTRE).set(Tables.CENTRE.NAME, "Stored before the crash").execute());
        System.out.println("stored");
        System.out.flush();
        Thread.sleep(60_000);
    }

    @Test
    void anEditCommittedJustBeforeAHardKillIsStillThere() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(java, "-cp", System.getProperty("java.class.path"),
                CrashSafetyTest.class.getName(), dataDir.toString())).redirectErrorStream(true).start();
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean stored = false;
            while ((line = out.readLine()) != null) {
                if (line.equals("stored")) {
                    stored = true;
                    break;
                }
            }
            assertTrue(stored, "the child stored its edit");
            child.destroyForcibly();
            assertTrue(child.waitFor(20, TimeUnit.SECONDS));
        }
        try (Store store = new StoreOpener().open(dataDir)) {
            assertEquals(1, store.dsl().fetchCount(Tables.CENTRE));
        }
    }
}
