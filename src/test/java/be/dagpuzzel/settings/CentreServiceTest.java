package be.dagpuzzel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.core.Coordinates;
import be.dagpuzzel.core.ValidationException;
import be.dagpuzzel.store.Store;
import be.dagpuzzel.store.StoreOpener;

class CentreServiceTest {

    @TempDir
    Path dataDir;
    private Store store;
    private CentreService service;

    @BeforeEach
    void open() throws Exception {
        store = new StoreOpener().open(dataDir);
        service = new CentreService(store, new CentreRepository());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aNewStoreHasNoCentreUntilOneIsCreated() {
        assertTrue(service.find().isEmpty());
        Centre created = service.create(new CentreDetails(" De Linde ",
                new Address("Berkendries", "12", "9299", "Lindegem"), Optional.of(new Coordinates(51.0234, 3.8121))));
        assertEquals("De Linde", created.name());
        assertEquals(Optional.of(created), service.find());
        assertEquals("Berkendries 12, 9299 Lindegem", service.find().orElseThrow().address().oneLine());
    }

    @Test
    void aCentreWithoutANameOrWithABadPostcodeIsRefusedWithBothReasons() {
        ValidationException e = assertThrows(ValidationException.class, () -> service.create(
                new CentreDetails("  ", new Address("", "", "93000", ""), Optional.empty())));
        assertEquals("validation.required", e.errorFor(CentreService.FIELD_NAME).orElseThrow().messageKey());
        assertEquals("validation.postcode", e.errorFor(CentreService.FIELD_POSTCODE).orElseThrow().messageKey());
        assertTrue(service.find().isEmpty(), "nothing stored");
    }

    @Test
    void anUpdateIsStoredAndARefusedUpdateChangesNothing() {
        Centre centre = service.create(new CentreDetails("De Linde", Address.EMPTY, Optional.empty()));
        service.update(centre.id(), new CentreDetails("De Linde Lindegem", new Address("Berkendries", "12", "9299", "Lindegem"),
                Optional.empty()));
        assertThrows(ValidationException.class,
                () -> service.update(centre.id(), new CentreDetails("", Address.EMPTY, Optional.empty())));
        Centre stored = service.find().orElseThrow();
        assertEquals("De Linde Lindegem", stored.name());
        assertEquals("9299", stored.address().postcode());
    }

    @Test
    void onlyOneCentrePerStore() {
        service.create(new CentreDetails("De Linde", Address.EMPTY, Optional.empty()));
        assertThrows(IllegalStateException.class,
                () -> service.create(new CentreDetails("Another", Address.EMPTY, Optional.empty())));
    }
}
