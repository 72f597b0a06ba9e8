package be.dagpuzzel.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import java.io.DataInputStream;
import java.io.InputStream;

import org.junit.jupiter.api.Test;

class AppIconTest {

    @Test
    void everyWindowIconIsASquarePngOfItsSize() throws Exception {
        for (int size : AppIcon.SIZES) {
            String name = AppIcon.resourceName(size);
            try (InputStream in = AppIcon.class.getResourceAsStream(name)) {
                assertNotNull(in, name + " is missing: run icons/export.sh");
                DataInputStream data = new DataInputStream(in);
                assertEquals(0x89504E470D0A1A0AL, data.readLong(), name + " is not a PNG");
                data.readInt(); // IHDR length
                assertEquals(0x49484452, data.readInt(), name + " has no IHDR first");
                assertEquals(size, data.readInt(), name + " width");
                assertEquals(size, data.readInt(), name + " height");
            }
        }
    }
}
