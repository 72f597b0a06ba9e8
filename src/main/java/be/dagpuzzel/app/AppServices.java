package be.dagpuzzel.app;

import be.dagpuzzel.demo.DemoCentre;
import be.dagpuzzel.settings.CentreRepository;
import be.dagpuzzel.settings.CentreService;
import be.dagpuzzel.store.Store;

/** The services of one open store, wired by plain constructors. */
public record AppServices(Store store, CentreService centres, DemoCentre demo) {

    public static AppServices create(Store store) {
        CentreService centres = new CentreService(store, new CentreRepository());
        return new AppServices(store, centres, new DemoCentre(centres));
    }
}
