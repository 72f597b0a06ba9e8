package be.dagpuzzel.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * A disk that can run full, for tests: an H2 file system ("diskfull:") over the real disk whose
 * writes fail with the operating system's own {@code IOException("No space left on device")}
 * while the folder is marked full. Everything above the file channel is H2's real code, so the
 * exception chain, H2 closing the database and what is on disk afterwards are what a full disk
 * gives. Checked against a real one: an 8 MB tmpfs filled up gave the same chain
 * ({@code 50000 ← MVStoreException 2 ← IOException "No space left on device"}, then 90098).
 */
public final class FullDisk {

    private static final Set<Path> FULL = ConcurrentHashMap.newKeySet();
    private static final String SCHEME = "diskfull";

    static {
        FilePath.register(new Wrapper());
    }

    private FullDisk() {
    }

    /** Opens the store in {@code dir} as the app does, on this file system. */
    public static Store open(Path dir) throws StoreException {
        return new StoreOpener(List.of(StoreOpener.MAIN_MIGRATIONS), SCHEME + ":").open(dir);
    }

    /** The JDBC URL of the store in {@code dir} on this file system, for tests that go to H2 directly. */
    public static String url(Path dir) {
        return "jdbc:h2:" + SCHEME + ":" + dir.toAbsolutePath().normalize().resolve(StoreOpener.DATABASE_NAME)
                + ";DB_CLOSE_ON_EXIT=FALSE;WRITE_DELAY=0";
    }

    /** From now on every write under {@code dir} fails as on a full disk. */
    public static void fill(Path dir) {
        FULL.add(dir.toAbsolutePath().normalize());
    }

    /** Space was freed: writes under {@code dir} work again. */
    public static void free(Path dir) {
        FULL.remove(dir.toAbsolutePath().normalize());
    }

    private static boolean isFull(String file) {
        Path path = Path.of(file).toAbsolutePath().normalize();
        return FULL.stream().anyMatch(path::startsWith);
    }

    /** H2's file system wrapper: opens the real file, and hands out a channel that can run full. */
    public static final class Wrapper extends FilePathWrapper {
        @Override
        public String getScheme() {
            return SCHEME;
        }

        @Override
        public FileChannel open(String mode) throws IOException {
            return new Channel(super.open(mode), unwrap().toString());
        }
    }

    private static final class Channel extends FileBase {
        private final FileChannel base;
        private final String file;

        Channel(FileChannel base, String file) {
            this.base = base;
            this.file = file;
        }

        private void mayWrite() throws IOException {
            if (isFull(file)) {
                throw new IOException("No space left on device"); // what FileChannelImpl throws for ENOSPC
            }
        }

        @Override
        public int write(ByteBuffer src) throws IOException {
            mayWrite();
            return base.write(src);
        }

        @Override
        public int write(ByteBuffer src, long position) throws IOException {
            mayWrite();
            return base.write(src, position);
        }

        @Override
        public FileChannel truncate(long size) throws IOException {
            base.truncate(size);
            return this;
        }

        @Override
        public long position() throws IOException {
            return base.position();
        }

        @Override
        public FileChannel position(long position) throws IOException {
            base.position(position);
            return this;
        }

        @Override
        public long size() throws IOException {
            return base.size();
        }

        @Override
        public int read(ByteBuffer dst) throws IOException {
            return base.read(dst);
        }

        @Override
        public int read(ByteBuffer dst, long position) throws IOException {
            return base.read(dst, position);
        }

        @Override
        public void force(boolean metaData) throws IOException {
            base.force(metaData);
        }

        @Override
        public FileLock tryLock(long position, long size, boolean shared) throws IOException {
            return base.tryLock(position, size, shared);
        }

        @Override
        protected void implCloseChannel() throws IOException {
            base.close();
        }

        @Override
        public String toString() {
            return file;
        }
    }
}
