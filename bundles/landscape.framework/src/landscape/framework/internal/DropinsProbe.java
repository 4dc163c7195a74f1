/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.internal;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Explains the bundles of the dropins/ folder that p2 did not install. p2 silently skips a
 * dropped-in bundle whose requirements it cannot meet; this installs such a bundle for a moment,
 * reads which requirements stay unmet, and uninstalls it again.
 */
final class DropinsProbe {

    private static final String SYMBOLIC_NAME = "Bundle-SymbolicName";

    private DropinsProbe() {
    }

    /** @return one sentence per refused bundle of dropins/, naming it and what it lacks */
    static List<String> refused(BundleContext context, FrameworkWiring wiring) {
        List<String> problems = new ArrayList<>();
        for (File candidate : candidates(context)) {
            Optional<String> name = symbolicName(candidate);
            boolean installed = name.isPresent() && Arrays.stream(context.getBundles())
                    .anyMatch(b -> name.get().equals(b.getSymbolicName()));
            if (name.isPresent() && !installed) {
                problems.add(probe(context, wiring, candidate, name.get()));
            }
        }
        return problems;
    }

    private static String probe(BundleContext context, FrameworkWiring wiring, File candidate, String name) {
        String what = "dropins/" + candidate.getName() + " (" + name + ") was not installed; ";
        Bundle probe = null;
        try {
            probe = context.installBundle("reference:" + candidate.toURI());
            wiring.resolveBundles(List.of(probe));
            BundleRevision revision = probe.adapt(BundleRevision.class);
            if (probe.getState() != Bundle.INSTALLED || revision == null) {
                return what + "it resolves on its own, so p2 left it out for another reason (see the p2 log)";
            }
            return what + UnresolvedBundles.reason(UnresolvedBundles.missing(revision, wiring));
        } catch (BundleException | RuntimeException e) {
            return what + "it cannot be read as a bundle: " + e.getMessage();
        } finally {
            uninstall(probe);
        }
    }

    private static void uninstall(Bundle probe) {
        if (probe == null) {
            return;
        }
        try {
            probe.uninstall();
        } catch (BundleException e) {
            // The probe was never resolved, so nothing depends on it; it goes with the next start.
        }
    }

    /** @return the jars and bundle folders directly in dropins/ and in dropins/plugins/ */
    private static List<File> candidates(BundleContext context) {
        Optional<File> dropins = installArea(context).map(area -> new File(area, "dropins"));
        List<File> found = new ArrayList<>();
        if (dropins.isEmpty()) {
            return found;
        }
        for (File folder : List.of(dropins.get(), new File(dropins.get(), "plugins"))) {
            File[] children = folder.listFiles();
            for (File child : children == null ? new File[0] : children) {
                boolean jar = child.isFile() && child.getName().endsWith(".jar");
                boolean bundleFolder = child.isDirectory() && new File(child, JarFile.MANIFEST_NAME).isFile();
                if (jar || bundleFolder) {
                    found.add(child);
                }
            }
        }
        return found;
    }

    private static Optional<File> installArea(BundleContext context) {
        String area = context.getProperty("osgi.install.area");
        if (area == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(new File(new URI(area.replace(" ", "%20"))));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static Optional<String> symbolicName(File candidate) {
        try {
            Manifest manifest;
            if (candidate.isDirectory()) {
                try (InputStream in = Files.newInputStream(new File(candidate, JarFile.MANIFEST_NAME).toPath())) {
                    manifest = new Manifest(in);
                }
            } else {
                try (JarFile jar = new JarFile(candidate)) {
                    manifest = jar.getManifest();
                }
            }
            String value = manifest == null ? null : manifest.getMainAttributes().getValue(SYMBOLIC_NAME);
            return Optional.ofNullable(value).map(v -> v.split(";")[0].trim());
        } catch (IOException e) {
            return Optional.empty();
        }
    }
}
