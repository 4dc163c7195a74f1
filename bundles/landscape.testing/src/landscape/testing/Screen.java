/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.BooleanSupplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;

/**
 * What UI tests do with the screen on the UI thread: let queued events through, wait for a
 * condition while the workbench keeps running, find a widget, and save what the screen shows.
 */
public final class Screen {

    private Screen() {
    }

    /** Dispatches every event that is queued now. */
    public static void processEvents() {
        Display display = Display.getCurrent();
        while (display.readAndDispatch()) {
            // drain the queue
        }
    }

    /** Dispatches events until {@code condition} holds; fails naming {@code what} after {@code millis}. */
    public static void waitUntil(BooleanSupplier condition, String what, long millis) {
        long end = System.currentTimeMillis() + millis;
        while (!condition.getAsBoolean()) {
            assertTrue(System.currentTimeMillis() < end, "timed out after " + millis + " ms waiting until " + what);
            if (!Display.getCurrent().readAndDispatch()) {
                Thread.onSpinWait();
            }
        }
    }

    /** @return the first visible {@code type} in {@code control} and its children, depth first */
    public static <T extends Control> Optional<T> find(Control control, Class<T> type) {
        if (type.isInstance(control) && control.isVisible()) {
            return Optional.of(type.cast(control));
        }
        if (control instanceof Composite composite) {
            for (Control child : composite.getChildren()) {
                Optional<T> found = find(child, type);
                if (found.isPresent()) {
                    return found;
                }
            }
        }
        return Optional.empty();
    }

    /** Writes what the screen shows inside {@code area} (display coordinates) to {@code png}. */
    public static void capture(Rectangle area, Path png) throws IOException {
        Display display = Display.getCurrent();
        Image image = new Image(display, area.width, area.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, area.x, area.y);
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            Files.createDirectories(png.toAbsolutePath().getParent());
            loader.save(png.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
