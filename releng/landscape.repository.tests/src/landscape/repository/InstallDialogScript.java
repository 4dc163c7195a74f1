/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.repository;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;

import landscape.testing.Screen;

/**
 * Works p2's Install dialog from the event loop, step by step, as a user would: the dialog is
 * modal, so the test's own code waits inside it and this script runs on a timer. It types the
 * repository's location into "Work with", presses Enter, waits for the categories, opens one,
 * waits for its features, takes a screenshot and closes the dialog.
 */
final class InstallDialogScript {

    /** The title of p2's Install wizard. */
    static final String DIALOG_TITLE = "Install";

    private static final int POLL_MILLIS = 100;
    private static final long TIMEOUT_MILLIS = 120_000;

    private enum Step { FIND_DIALOG, TYPE_LOCATION, WAIT_FOR_CATEGORIES, OPEN_CATEGORY, WAIT_FOR_FEATURES, DONE }

    private final String location;
    private final String category;
    private final Path screenshot;
    private Display display;
    private long deadline;
    private Step step = Step.FIND_DIALOG;
    private Shell dialog;
    private TreeItem categoryItem;
    private List<String> categories = List.of();
    private List<String> features = List.of();
    private Throwable failure;

    /**
     * @param location what the user types into "Work with"
     * @param category the label of the category to open
     * @param screenshot where the picture of the dialog goes
     */
    InstallDialogScript(String location, String category, Path screenshot) {
        this.location = location;
        this.category = category;
        this.screenshot = screenshot;
    }

    /** Starts polling for the dialog; call before the command that opens it. */
    void start(Display on) {
        display = on;
        deadline = System.currentTimeMillis() + TIMEOUT_MILLIS;
        display.timerExec(POLL_MILLIS, this::poll);
    }

    /** Runs the event loop until the script has closed the dialog, and rethrows what went wrong. */
    void waitUntilDone() throws Exception {
        while (step != Step.DONE) {
            if (!display.readAndDispatch()) {
                Thread.sleep(10);
            }
        }
        if (failure instanceof Exception e) {
            throw e;
        }
        if (failure instanceof Error e) {
            throw e;
        }
    }

    /** @return the top-level items of the dialog's tree when the category appeared */
    List<String> categories() {
        return categories;
    }

    /** @return the items inside the category once they had loaded */
    List<String> exercises() {
        return features;
    }

    private void poll() {
        try {
            step = advance();
        } catch (IOException | RuntimeException e) {
            failure = e;
            closeDialogs();
            step = Step.DONE;
        }
        if (step == Step.DONE) {
            return;
        }
        if (System.currentTimeMillis() > deadline) {
            failure = new AssertionError("the Install dialog did not get past " + step + " in "
                    + TIMEOUT_MILLIS / 1000 + " s; " + describe());
            closeDialogs();
            step = Step.DONE;
            return;
        }
        display.timerExec(POLL_MILLIS, this::poll);
    }

    private Step advance() throws IOException {
        return switch (step) {
            case FIND_DIALOG -> {
                dialog = Arrays.stream(display.getShells())
                        .filter(shell -> shell.isVisible() && DIALOG_TITLE.equals(shell.getText()))
                        .findFirst().orElse(null);
                boolean ready = dialog != null && Screen.find(dialog, Combo.class).isPresent();
                yield ready ? Step.TYPE_LOCATION : Step.FIND_DIALOG;
            }
            case TYPE_LOCATION -> {
                Combo workWith = Screen.find(dialog, Combo.class).orElseThrow();
                workWith.setText(location);
                Event enter = new Event();
                enter.keyCode = SWT.CR;
                enter.character = SWT.CR;
                workWith.notifyListeners(SWT.KeyDown, enter);
                yield Step.WAIT_FOR_CATEGORIES;
            }
            case WAIT_FOR_CATEGORIES -> {
                Tree tree = Screen.find(dialog, Tree.class).orElseThrow();
                categoryItem = Arrays.stream(tree.getItems()).filter(item -> category.equals(item.getText()))
                        .findFirst().orElse(null);
                if (categoryItem == null) {
                    yield Step.WAIT_FOR_CATEGORIES;
                }
                categories = texts(tree.getItems());
                yield Step.OPEN_CATEGORY;
            }
            case OPEN_CATEGORY -> {
                Event expand = new Event();
                expand.item = categoryItem;
                categoryItem.getParent().notifyListeners(SWT.Expand, expand);
                categoryItem.setExpanded(true);
                yield Step.WAIT_FOR_FEATURES;
            }
            case WAIT_FOR_FEATURES -> {
                List<String> loaded = texts(categoryItem.getItems());
                if (loaded.isEmpty() || loaded.stream().anyMatch(text -> text.isBlank() || text.endsWith("..."))) {
                    yield Step.WAIT_FOR_FEATURES;
                }
                features = loaded;
                takeScreenshot();
                dialog.close();
                yield Step.DONE;
            }
            case DONE -> Step.DONE;
        };
    }

    private void takeScreenshot() throws IOException {
        // The client area on the screen: a window manager's frame, if any, is not the dialog's.
        Screen.capture(display.map(dialog, null, dialog.getClientArea()), screenshot);
    }

    /** Closes every shell but the workbench windows, so that a failed test does not block the next. */
    private void closeDialogs() {
        for (Shell shell : display.getShells()) {
            if (!shell.isDisposed() && shell.getParent() != null) {
                shell.close();
            }
        }
    }

    private String describe() {
        List<String> shells = new ArrayList<>();
        for (Shell shell : display.getShells()) {
            if (shell.isVisible()) {
                shells.add('"' + shell.getText() + '"');
            }
        }
        String tree = dialog == null || dialog.isDisposed() ? "no dialog"
                : Screen.find(dialog, Tree.class).map(t -> "tree items " + texts(t.getItems())).orElse("no tree");
        return "open shells " + shells + ", " + tree;
    }

    private static List<String> texts(TreeItem[] items) {
        return Arrays.stream(items).map(TreeItem::getText).toList();
    }
}
