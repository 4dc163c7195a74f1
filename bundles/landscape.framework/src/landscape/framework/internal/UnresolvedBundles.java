/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.internal;

import java.util.ArrayList;
import java.util.List;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.framework.wiring.FrameworkWiring;
import org.osgi.resource.Namespace;
import org.osgi.resource.Requirement;

/**
 * Finds the bundles that are installed but could not be resolved, and the bundles in the
 * product's dropins/ folder that p2 refused to install (for example an experiment plug-in whose
 * dependencies are missing), and says which requirement each lacks. Such a bundle contributes no
 * experiment; every other one keeps working.
 */
public final class UnresolvedBundles {

    private UnresolvedBundles() {
    }

    /**
     * @return one sentence per unresolved bundle, naming it, where it was installed from and its
     *     missing requirements; empty when every bundle resolved or outside OSGi
     */
    public static List<String> describe() {
        Bundle self = FrameworkUtil.getBundle(UnresolvedBundles.class);
        BundleContext context = self == null ? null : self.getBundleContext();
        if (context == null) {
            return List.of();
        }
        FrameworkWiring wiring = context.getBundle(0).adapt(FrameworkWiring.class);
        List<String> problems = new ArrayList<>();
        for (Bundle bundle : context.getBundles()) {
            BundleRevision revision = bundle.adapt(BundleRevision.class);
            if (bundle.getState() != Bundle.INSTALLED || revision == null) {
                continue;
            }
            List<String> missing = missing(revision, wiring);
            problems.add("Bundle " + bundle.getSymbolicName() + " " + bundle.getVersion() + " (" + bundle.getLocation()
                    + ") is not resolved and was left out; " + reason(missing));
        }
        problems.addAll(DropinsProbe.refused(context, wiring));
        return problems;
    }

    /** @return why a bundle with these missing requirements cannot resolve */
    static String reason(List<String> missing) {
        return missing.isEmpty() ? "its requirements conflict with those of other bundles"
                : "it requires " + String.join(", ", missing) + ", which no installed bundle provides";
    }

    /** @return the non-optional requirements of {@code revision} that no installed bundle provides */
    static List<String> missing(BundleRevision revision, FrameworkWiring wiring) {
        List<String> missing = new ArrayList<>();
        for (Requirement requirement : revision.getRequirements(null)) {
            boolean optional = Namespace.RESOLUTION_OPTIONAL.equals(
                    requirement.getDirectives().get(Namespace.REQUIREMENT_RESOLUTION_DIRECTIVE));
            if (!optional && wiring.findProviders(requirement).isEmpty()) {
                missing.add(describe(requirement));
            }
        }
        return missing;
    }

    private static String describe(Requirement requirement) {
        String filter = requirement.getDirectives().getOrDefault(Namespace.REQUIREMENT_FILTER_DIRECTIVE, "");
        String kind = switch (requirement.getNamespace()) {
            case PackageNamespace.PACKAGE_NAMESPACE -> "package";
            case "osgi.wiring.bundle" -> "bundle";
            case "osgi.wiring.host" -> "host bundle";
            case "osgi.ee" -> "execution environment";
            default -> requirement.getNamespace();
        };
        return kind + " " + filter;
    }
}
