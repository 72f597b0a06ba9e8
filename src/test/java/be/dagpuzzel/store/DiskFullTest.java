package be.dagpuzzel.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.core.Address;
import be.dagpuzzel.settings.Centre;
import be.dagpuzzel.settings.CentreDetails;
import be.dagpuzzel.store.jooq.Tables;

/**
 * The disk fills up while the app runs: the edit that fails is not stored, nothing of it is
 * half there, everything stored before stays, and once space is freed the next edit works
 * without restarting (H2 closes the database on the failed write; the store opens it again).
 */
class DiskFullTest {

    @TempDir
    Path dataDir;

    @AfterEach
    void spaceFreed() {
        FullDisk.free(dataDir);
    }

    @Test
    void anEditOnAFullDiskIsNotStoredAndTheNextOneWorksOnceThereIsSpace() throws Exception {
        AppServices services = AppServices.create(FullDisk.open(dataDir));
        try {
            Centre linde = services.centres().create(new CentreDetails("De Linde", Address.EMPTY, Optional.empty()));

            FullDisk.fill(dataDir);
            RuntimeException rename = assertThrows(RuntimeException.class, () -> services.centres().update(linde.id(),
                    new CentreDetails("Het Anker", Address.EMPTY, Optional.empty())));
            assertEquals(Optional.of(DiskProblem.FULL), DiskProblem.of(rename));
            RuntimeException twoRows = assertThrows(RuntimeException.class, () -> services.store().transaction(dsl -> {
                dsl.insertInto(Tables.CENTRE).set(Tables.CENTRE.NAME, "First of two").execute();
                dsl.insertInto(Tables.CENTRE).set(Tables.CENTRE.NAME, "Second of two").execute();
            }));
            assertEquals(Optional.of(DiskProblem.FULL), DiskProblem.of(twoRows), "still full: said again, not another error");
            assertEquals("De Linde", services.centres().find().orElseThrow().name(), "what was stored can still be read");

            FullDisk.free(dataDir);
            services.centres().update(linde.id(), new CentreDetails("Het Anker", Address.EMPTY, Optional.empty()));
            assertEquals("Het Anker", services.centres().find().orElseThrow().name());
            assertEquals(1, services.store().dsl().fetchCount(Tables.CENTRE), "nothing of the failed transaction");
        } finally {
            services.store().close();
        }
        try (Store reopened = new StoreOpener().open(dataDir)) {
            assertEquals(1, reopened.dsl().fetchCount(Tables.CENTRE));
            assertEquals("Het Anker", reopened.dsl().fetchValue(Tables.CENTRE.NAME));
        }
    }

    @Test
    void aStoreClosedByTheAppIsNotOpenedAgainBehindItsBack() throws Exception {
        Store store = FullDisk.open(dataDir);
        store.close();
        assertThrows(RuntimeException.class, () -> store.dsl().fetchCount(Tables.CENTRE));
        new StoreOpener().open(dataDir).close(); // the lock and the file were let go
    }
}
