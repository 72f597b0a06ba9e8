package be.dagpuzzel.progress.print;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import javafx.scene.layout.StackPane;
import javafx.scene.paint.Color;
import javafx.scene.transform.Transform;

import javax.imageio.ImageIO;

/**
 * Turns a JavaFX chart into a PNG for a PDF: the node is made and laid out in a scene of its own on
 * the FX thread and taken as a snapshot, at twice the size so that it stays sharp on paper. Called
 * from the background it waits for the FX thread; without a running JavaFX toolkit (a command-line
 * run, a unit test) it gives nothing and the report goes without the picture.
 */
public final class ChartImages {

    private static final Logger LOG = Logger.getLogger(ChartImages.class.getName());
    private static final double SCALE = 2;
    private static final long WAIT_SECONDS = 20;

    private ChartImages() {
    }

    /** The node {@code chart} makes, {@code width} x {@code height} points, as PNG bytes. */
    public static Optional<byte[]> png(Supplier<? extends Node> chart, double width, double height) {
        if (Platform.isFxApplicationThread()) {
            return Optional.of(snapshot(chart, width, height));
        }
        CompletableFuture<byte[]> result = new CompletableFuture<>();
        try {
            Platform.runLater(() -> {
                try {
                    result.complete(snapshot(chart, width, height));
                } catch (RuntimeException | Error e) {
                    result.completeExceptionally(e);
                }
            });
        } catch (IllegalStateException noToolkit) {
            return Optional.empty();
        }
        try {
            return Optional.of(result.get(WAIT_SECONDS, TimeUnit.SECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        } catch (ExecutionException | TimeoutException e) {
            LOG.log(Level.WARNING, "a chart could not be drawn for the report", e);
            return Optional.empty();
        }
    }

    private static byte[] snapshot(Supplier<? extends Node> chart, double width, double height) {
        StackPane root = new StackPane(chart.get());
        root.setStyle("-fx-background-color: white;");
        Scene scene = new Scene(root, width, height, Color.WHITE);
        root.applyCss();
        root.layout();
        SnapshotParameters parameters = new SnapshotParameters();
        parameters.setFill(Color.WHITE);
        parameters.setTransform(Transform.scale(SCALE, SCALE));
        WritableImage image = root.snapshot(parameters,
                new WritableImage((int) Math.ceil(width * SCALE), (int) Math.ceil(height * SCALE)));
        scene.setRoot(new StackPane());
        return encode(image);
    }

    private static byte[] encode(WritableImage image) {
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        PixelReader pixels = image.getPixelReader();
        pixels.getPixels(0, 0, w, h, javafx.scene.image.PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage buffered = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        buffered.setRGB(0, 0, w, h, argb, 0, w);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(buffered, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
