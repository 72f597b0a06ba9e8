package be.dagpuzzel.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.dagpuzzel.core.Address;
import be.dagpuzzel.progress.ProgressRepository;
import be.dagpuzzel.progress.ProgressService;
import be.dagpuzzel.staff.StaffRepository;
import be.dagpuzzel.staff.StaffService;
import be.dagpuzzel.store.Store;
import be.dagpuzzel.store.StoreOpener;
import be.dagpuzzel.ui.Language;
import be.dagpuzzel.ui.Messages;
import be.dagpuzzel.ui.SameThreadTaskRunner;

class SettingsViewModelTest {

    @TempDir
    Path dataDir;
    private Store store;
    private CentreService centres;
    private final List<Language> languagesChosen = new ArrayList<>();
    private final List<Centre> saved = new ArrayList<>();
    private SettingsViewModel model;

    @BeforeEach
    void open() throws Exception {
        store = new StoreOpener().open(dataDir);
        centres = new CentreService(store, new CentreRepository());
        centres.create(new CentreDetails("De Linde", new Address("Berkendries", "12", "9299", "Lindegem"), Optional.empty()));
        TaskCatalogue catalogue = new TaskCatalogue(store, new TaskCatalogueRepository());
        model = new SettingsViewModel(new SameThreadTaskRunner(), centres, catalogue,
                new DayTemplateService(store, new DayTemplateRepository()),
                new ProgressService(store, new ProgressRepository(), new StaffService(store, new StaffRepository()),
                        catalogue, Clock.systemDefaultZone()), new Messages(Locale.ENGLISH),
                Language.SYSTEM, languagesChosen::add, saved::add);
        model.load();
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void showsTheStoredCentre() {
        assertEquals("De Linde", model.centreForm().nameProperty().get());
        assertEquals("9299", model.centreForm().postcodeProperty().get());
    }

    @Test
    void aChangedFieldIsStoredWhenLeft() {
        model.centreForm().nameProperty().set("De Linde Lindegem");
        model.commitCentre();
        assertEquals("De Linde Lindegem", centres.find().orElseThrow().name());
        assertEquals("De Linde Lindegem", saved.getFirst().name());
    }

    @Test
    void aWrongPostcodeStaysInTheFieldWithItsMessageAndNothingIsStored() {
        model.centreForm().postcodeProperty().set("92");
        model.commitCentre();
        assertEquals("A Belgian postcode has four digits, e.g. 9000.",
                model.centreForm().errors().get(CentreService.FIELD_POSTCODE));
        assertEquals("92", model.centreForm().postcodeProperty().get());
        assertEquals("9299", centres.find().orElseThrow().address().postcode());
        assertTrue(saved.isEmpty());

        model.centreForm().postcodeProperty().set("9300");
        model.commitCentre();
        assertTrue(model.centreForm().errors().isEmpty());
        assertEquals("9300", centres.find().orElseThrow().address().postcode());
    }

    @Test
    void aCorrectFieldIsStoredEvenWhenAnotherIsWrong() {
        model.centreForm().nameProperty().set("De Linde Lindegem");
        model.centreForm().postcodeProperty().set("92");
        model.commitCentre();
        Centre stored = centres.find().orElseThrow();
        assertEquals("De Linde Lindegem", stored.name());
        assertEquals("9299", stored.address().postcode(), "the wrong postcode is not stored");
        assertEquals("92", model.centreForm().postcodeProperty().get());
    }

    @Test
    void choosingALanguageIsPassedOnOnce() {
        model.languageProperty().set(Language.DUTCH);
        model.languageProperty().set(Language.DUTCH);
        assertEquals(List.of(Language.DUTCH), languagesChosen);
    }
}
