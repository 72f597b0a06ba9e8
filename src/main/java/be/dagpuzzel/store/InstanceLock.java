package be.dagpuzzel.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * An operating-system lock on a file in the data folder, held as long as the app has the store
 * open. A second copy of the app finds it taken and stops before it touches the database. The
 * lock disappears with the process, so a crash never leaves a stale lock behind.
 */
public final class InstanceLock implements AutoCloseable {

    static final String LOCK_FILE = "dagpuzzel.lock";

    private final FileChannel channel;
    private final FileLock lock;

    private InstanceLock(FileChannel channel, FileLock lock) {
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the lock of {@code dataDir}, or throws {@link StoreInUseException} when it is held. */
    public static InstanceLock acquire(Path dataDir) throws StoreException {
        Path file = dataDir.resolve(LOCK_FILE);
        FileChannel channel = null;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                throw new StoreInUseException(dataDir);
            }
            writeOwner(channel);
            return new InstanceLock(channel, lock);
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            throw new StoreInUseException(dataDir);
        } catch (IOException e) {
            closeQuietly(channel);
            java.util.Optional<StoreException> disk = StoreException.ofDiskProblem(e, dataDir, "taking the lock");
            if (disk.isPresent()) {
                throw disk.get();
            }
            throw new StoreException(StoreException.Reason.LOCK, dataDir.toString(),
                    "Cannot lock the data folder " + dataDir + ": " + e.getMessage(), e);
        }
    }

    private static void writeOwner(FileChannel channel) throws IOException {
        channel.truncate(0);
        channel.write(java.nio.ByteBuffer.wrap(("pid " + ProcessHandle.current().pid() + "\n").getBytes(
                java.nio.charset.StandardCharsets.US_ASCII)));
    }

    private static void closeQuietly(FileChannel channel) {
        if (channel != null) {
            try {
                channel.close();
            } catch (IOException ignored) {
                // nothing more to release
            }
        }
    }

    @Override
    public void close() {
        try {
            lock.release();
        } catch (IOException ignored) {
            // the channel close below releases it as well
        }
        closeQuietly(channel);
    }
}
