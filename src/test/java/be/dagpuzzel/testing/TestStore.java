package be.dagpuzzel.testing;

import java.nio.file.Path;

import be.dagpuzzel.app.AppServices;
import be.dagpuzzel.store.StoreOpener;

/** A real store on a temporary folder with all services wired, for service tests. */
public final class TestStore {

    private TestStore() {
    }

    public static AppServices open(Path dir) {
        try {
            return AppServices.create(new StoreOpener().open(dir));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
