/*
 * Copyright (c) 2026 Landscape Workbench contributors.
 *
 * This program and the accompanying materials are made available under the terms of the
 * Eclipse Public License 2.0 which is available at https://www.eclipse.org/legal/epl-2.0/
 *
 * SPDX-License-Identifier: EPL-2.0
 */
package landscape.framework.registry;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.core.runtime.Status;

import landscape.framework.experiment.Experiment;
import landscape.framework.experiment.ExperimentCatalog;
import landscape.framework.experiment.ExperimentType;
import landscape.framework.internal.UnresolvedBundles;

/**
 * The installed experiment kinds: the contributions to the extension point
 * {@code landscape.framework.experiments}, the one registry of experiments. A contribution that
 * cannot be loaded (missing class, duplicate kind, bad id) is reported in the platform log and
 * left out; the other kinds keep working. The list is read once and read again when bundles
 * that contribute to the extension point come or go.
 */
public final class ExperimentRegistry implements ExperimentCatalog, IRegistryEventListener {

    /** The id of the extension point. */
    public static final String EXTENSION_POINT = "landscape.framework.experiments";

    private static final String ELEMENT = "experiment";

    private static ExperimentRegistry platform;

    private final IExtensionRegistry extensions;
    private volatile List<ExperimentType> loaded;

    /** @param extensions the extension registry to read */
    public ExperimentRegistry(IExtensionRegistry extensions) {
        this.extensions = extensions;
    }

    /**
     * @return the registry of the running platform, following its changes; the first call also
     *     reports in the platform log every bundle that could not be resolved, since such a bundle
     *     contributes no experiment
     */
    public static synchronized ExperimentRegistry platform() {
        if (platform == null) {
            platform = new ExperimentRegistry(RegistryFactory.getRegistry());
            platform.extensions.addListener(platform, EXTENSION_POINT);
            UnresolvedBundles.describe().forEach(problem -> ILog.of(ExperimentRegistry.class).error(problem));
        }
        return platform;
    }

    @Override
    public List<ExperimentType> types() {
        List<ExperimentType> types = loaded;
        if (types == null) {
            types = List.copyOf(load());
            loaded = types;
        }
        return types;
    }

    private List<ExperimentType> load() {
        List<ExperimentType> types = new ArrayList<>();
        for (IConfigurationElement element : extensions.getConfigurationElementsFor(EXTENSION_POINT)) {
            if (!ELEMENT.equals(element.getName())) {
                continue;
            }
            add(element, types);
        }
        types.sort(Comparator.comparing(ExperimentType::name).thenComparing(ExperimentType::kind));
        return types;
    }

    @Override
    public void added(IExtension[] added) {
        loaded = null;
    }

    @Override
    public void removed(IExtension[] removed) {
        loaded = null;
    }

    @Override
    public void added(IExtensionPoint[] points) {
        loaded = null;
    }

    @Override
    public void removed(IExtensionPoint[] points) {
        loaded = null;
    }

    private static void add(IConfigurationElement element, List<ExperimentType> types) {
        String contributor = element.getContributor().getName();
        String kind = element.getAttribute("kind");
        try {
            Object created = element.createExecutableExtension("class");
            if (!(created instanceof Experiment experiment)) {
                throw new IllegalArgumentException(created.getClass().getName() + " does not implement "
                        + Experiment.class.getName());
            }
            ExperimentType type = new ExperimentType(kind, element.getAttribute("name"), experiment);
            if (types.stream().anyMatch(other -> other.kind().equals(kind))) {
                throw new IllegalArgumentException("another plug-in already contributes the kind '" + kind + "'");
            }
            types.add(type);
        } catch (CoreException | RuntimeException | LinkageError e) {
            ILog.of(ExperimentRegistry.class).log(Status.error("The experiment '" + kind + "' of " + contributor
                    + " is left out: " + e.getMessage(), e));
        }
    }
}
