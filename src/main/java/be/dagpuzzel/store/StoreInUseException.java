package be.dagpuzzel.store;

import java.nio.file.Path;

/** Another Dagpuzzel (or another program) already holds this data folder open. */
public final class StoreInUseException extends StoreException {

    private static final long serialVersionUID = 1L;

    private final transient Path dataDir;

    public StoreInUseException(Path dataDir) {
        super(Reason.IN_USE, dataDir.toString(), "Dagpuzzel is already open on " + dataDir, null);
        this.dataDir = dataDir;
    }

    public Path dataDir() {
        return dataDir;
    }
}
