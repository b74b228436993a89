/*
 * Copyright 2026 The flink-blocks authors
 *
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     https://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */
package io.flinkblocks.runtime;

import java.net.MalformedURLException;
import java.net.URISyntaxException;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.PipelineOptions;
import org.apache.flink.configuration.RestOptions;
import org.apache.flink.streaming.api.environment.LocalStreamEnvironment;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates the execution environment of a job: the cluster's on MSF or on a self-managed cluster, a
 * local one otherwise.
 *
 * <p>Unlike a bare {@link StreamExecutionEnvironment#getExecutionEnvironment()}, it also runs jobs
 * started from an isolated class loader, as {@code mvn exec:java} and some IDE launchers do: Flink's
 * local job manager loads a job without JARs through the <em>system</em> class loader, which there
 * cannot see Flink, and the job fails with {@code ClassNotFoundException: ExecutionConfig}. In that
 * case only, the job gets a class path entry and parent-first loading, so its classes resolve through
 * the launcher's class loader.
 *
 * <p>A local run serves Flink's web UI on a fixed port when asked, with the program argument
 * {@value #WEB_UI_PORT_ARGUMENT} {@code <port>} (or the system property {@value #WEB_UI_PORT_PROPERTY}),
 * and logs its address at INFO. On a cluster the cluster's own UI applies and the argument is ignored.
 */
@PublicEvolving
public final class JobEnvironment {

    private static final Logger LOG = LoggerFactory.getLogger(JobEnvironment.class);

    /** The program argument that asks a local run for the web UI on a port. */
    public static final String WEB_UI_PORT_ARGUMENT = "--web-ui-port";
    /** The system property that asks a local run for the web UI on a port. */
    public static final String WEB_UI_PORT_PROPERTY = "flinkblocks.web-ui.port";

    private JobEnvironment() {}

    public static StreamExecutionEnvironment create() {
        return create(new String[0]);
    }

    /** The environment for a job started with these program arguments (see the class comment). */
    public static StreamExecutionEnvironment create(String[] args) {
        Configuration config = new Configuration();
        if (!flinkVisibleToSystemClassLoader()) {
            config.set(CoreOptions.CLASSLOADER_RESOLVE_ORDER, "parent-first");
            config.set(PipelineOptions.CLASSPATHS, List.of(ownLocation()));
        }
        StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment(config);
        Integer webUiPort = webUiPort(args == null ? new String[0] : args);
        if (webUiPort == null) {
            return env;
        }
        if (!(env instanceof LocalStreamEnvironment)) {
            LOG.info("{} is for local runs; on a cluster, use the cluster's web UI", WEB_UI_PORT_ARGUMENT);
            return env;
        }
        config.set(RestOptions.PORT, webUiPort);
        LOG.info("Flink web UI: http://localhost:{}", webUiPort);
        return StreamExecutionEnvironment.createLocalEnvironmentWithWebUI(config);
    }

    /**
     * Whether a job started now runs in a local environment (an IDE, {@code mvn exec:java}), as opposed
     * to a cluster (MSF, a session cluster, {@code flink run}), whose client sets the environment up.
     */
    public static boolean isLocal() {
        return isLocal(StreamExecutionEnvironment.getExecutionEnvironment());
    }

    /** Whether this environment runs the job locally. */
    public static boolean isLocal(StreamExecutionEnvironment env) {
        return env instanceof LocalStreamEnvironment;
    }

    static Integer webUiPort(String[] args) {
        String value = System.getProperty(WEB_UI_PORT_PROPERTY);
        for (int i = 0; i < args.length; i++) {
            if (WEB_UI_PORT_ARGUMENT.equals(args[i])) {
                value = i + 1 < args.length ? args[i + 1] : "";
            } else if (args[i].startsWith(WEB_UI_PORT_ARGUMENT + "=")) {
                value = args[i].substring(WEB_UI_PORT_ARGUMENT.length() + 1);
            }
        }
        if (value == null) {
            return null;
        }
        try {
            int port = Integer.parseInt(value.trim());
            if (port >= 1 && port <= 65535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new InvalidPropertiesException(
                "program arguments",
                null,
                null,
                WEB_UI_PORT_ARGUMENT + " needs a port between 1 and 65535, got '" + value + "'");
    }

    static boolean flinkVisibleToSystemClassLoader() {
        try {
            Class.forName(StreamExecutionEnvironment.class.getName(), false, ClassLoader.getSystemClassLoader());
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        }
    }

    private static String ownLocation() {
        try {
            return JobEnvironment.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI()
                    .toURL()
                    .toString();
        } catch (URISyntaxException | MalformedURLException e) {
            throw new IllegalStateException("Cannot locate the job's classes", e);
        }
    }
}
