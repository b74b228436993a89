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

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import org.apache.flink.annotation.PublicEvolving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application properties of a job: property groups by {@code PropertyGroupId}, in the format
 * Amazon Managed Service for Apache Flink writes to {@code /etc/flink/application_properties.json}.
 *
 * <pre>{@code
 * ApplicationProperties props = ApplicationProperties.load(args);
 * PropertyGroup input = props.group("InputStream0");
 * String stream = input.required("stream.name");
 * Duration size = input.getDuration("window.size", Duration.ofSeconds(10));
 * }</pre>
 *
 * <p>{@link #load(String[])} resolves the source in this order, first hit wins, and logs the one
 * it used: the {@code --properties <file>} program argument; {@value #MSF_PROPERTIES_PATH} when it
 * exists (on MSF); the classpath resource {@value #DEV_PROPERTIES_RESOURCE} (local development), but
 * only when the job runs in a local environment: a JAR deployed to a cluster without properties fails
 * to start, naming the places it looked, instead of quietly running on its generated dev data.
 */
@PublicEvolving
public final class ApplicationProperties implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationProperties.class);

    /** Where MSF puts the runtime properties of an application. */
    public static final String MSF_PROPERTIES_PATH = "/etc/flink/application_properties.json";
    /** The classpath resource used when neither a file argument nor the MSF file is there. */
    public static final String DEV_PROPERTIES_RESOURCE = "flink-application-properties-dev.json";
    /** The program argument that names a properties file. */
    public static final String PROPERTIES_ARGUMENT = "--properties";

    private final String source;
    private final LinkedHashMap<String, PropertyGroup> groups;
    /** What the job asked of these properties while its graph was defined (see {@link UnknownKeys}). */
    private final transient PropertyReads reads = new PropertyReads();

    private ApplicationProperties(String source, Map<String, Map<String, String>> groups) {
        this.source = source;
        this.groups = new LinkedHashMap<>();
        groups.forEach((name, values) -> this.groups.put(name, new PropertyGroup(source, name, values, reads)));
    }

    /**
     * Loads the properties from the first source found (see the class comment); whether the job runs
     * in a local environment is told by {@link JobEnvironment#isLocal()}.
     */
    public static ApplicationProperties load(String[] args) {
        return new Loader().load(args);
    }

    /** A loader whose MSF path and classpath resource can be changed, for tests. */
    public static Loader loader() {
        return new Loader();
    }

    /** Reads one properties file. */
    public static ApplicationProperties fromFile(Path file) {
        String source = "file " + file;
        if (!Files.exists(file)) {
            throw new InvalidPropertiesException(source, null, null, "file does not exist");
        }
        if (Files.isDirectory(file) || !Files.isReadable(file)) {
            throw new InvalidPropertiesException(
                    source, null, null, "file cannot be read (a directory, or no read permission)");
        }
        try (InputStream input = Files.newInputStream(file)) {
            return new ApplicationProperties(source, PropertiesFileParser.parse(input, source));
        } catch (IOException e) {
            throw new InvalidPropertiesException(source, null, null, "file cannot be read: " + e.getMessage(), e);
        }
    }

    /** Reads a classpath resource; an error if it is not there. */
    public static ApplicationProperties fromClasspath(String resource, ClassLoader classLoader) {
        String source = "classpath resource " + resource;
        try (InputStream input = classLoader.getResourceAsStream(resource)) {
            if (input == null) {
                throw new InvalidPropertiesException(source, null, null, "resource not found on the classpath");
            }
            return new ApplicationProperties(source, PropertiesFileParser.parse(input, source));
        } catch (IOException e) {
            throw new InvalidPropertiesException(source, null, null, "resource cannot be read: " + e.getMessage(), e);
        }
    }

    /**
     * The dev properties of a job: the classpath resource {@value #DEV_PROPERTIES_RESOURCE} as the
     * class loader of {@code jobClass} finds it, the same file {@link #load(String[])} falls back to in
     * a local environment. For tests that define the job as a local run would, without a service.
     */
    public static ApplicationProperties fromDevResource(Class<?> jobClass) {
        return fromClasspath(DEV_PROPERTIES_RESOURCE, jobClass.getClassLoader());
    }

    /** Properties built in code, for tests. */
    public static ApplicationProperties of(Map<String, Map<String, String>> groups) {
        return new ApplicationProperties("code", groups);
    }

    /** Where the properties came from, for example {@code file /etc/flink/application_properties.json}. */
    public String source() {
        return source;
    }

    /** The group names, in file order. */
    public Set<String> groupNames() {
        return Collections.unmodifiableSet(groups.keySet());
    }

    public boolean hasGroup(String name) {
        recordAsked(name);
        return groups.containsKey(name);
    }

    /** A group that must be present; the error lists the groups that are. */
    public PropertyGroup group(String name) {
        recordAsked(name);
        PropertyGroup group = groups.get(name);
        if (group == null) {
            throw new InvalidPropertiesException(
                    source,
                    name,
                    null,
                    "missing property group (groups present: "
                            + (groups.isEmpty() ? "none" : String.join(", ", groups.keySet())) + ")");
        }
        return group;
    }

    /** A group, or an empty one when absent, for groups whose keys all have defaults. */
    public PropertyGroup groupOrEmpty(String name) {
        recordAsked(name);
        PropertyGroup group = groups.get(name);
        return group != null ? group : new PropertyGroup(source, name, Collections.emptyMap(), reads);
    }

    /** The same shape as {@code KinesisAnalyticsRuntime.getApplicationProperties()}. */
    public Map<String, Properties> asMap() {
        Map<String, Properties> map = new LinkedHashMap<>();
        groups.forEach((name, group) -> map.put(name, group.asProperties()));
        return map;
    }

    /**
     * Mutable copies of every group's keys and values, in file order: start from a properties file, lay
     * other values over it, and build new properties with {@link #of(Map)} (tests do this).
     */
    public Map<String, Map<String, String>> toGroupMaps() {
        Map<String, Map<String, String>> copy = new LinkedHashMap<>();
        groups.forEach((name, group) -> copy.put(name, group.asMap()));
        return copy;
    }

    /** What the job asked of these properties; null after deserialization, where nothing is checked. */
    PropertyReads reads() {
        return reads;
    }

    private void recordAsked(String name) {
        if (reads != null) {
            reads.groupAsked(name);
        }
    }

    /** Group names and keys, secret values redacted. */
    @Override
    public String toString() {
        return "ApplicationProperties from " + source + ": " + groups.values();
    }

    /** Resolves and loads the properties source; the paths can be changed for tests. */
    public static final class Loader {
        private Path msfPath = Paths.get(MSF_PROPERTIES_PATH);
        private String classpathResource = DEV_PROPERTIES_RESOURCE;
        private ClassLoader classLoader = ApplicationProperties.class.getClassLoader();
        private Boolean localEnvironment;

        private Loader() {}

        /**
         * Whether the job runs in a local environment, where the dev resource may be used; by default
         * {@link JobEnvironment#isLocal()} tells.
         */
        public Loader localEnvironment(boolean local) {
            this.localEnvironment = local;
            return this;
        }

        public Loader msfPath(Path path) {
            this.msfPath = path;
            return this;
        }

        public Loader classpathResource(String resource) {
            this.classpathResource = resource;
            return this;
        }

        public Loader classLoader(ClassLoader loader) {
            this.classLoader = loader;
            return this;
        }

        public ApplicationProperties load(String[] args) {
            ApplicationProperties properties = resolve(args == null ? new String[0] : args);
            LOG.info("Application properties loaded from {}: groups {}", properties.source, properties.groups.keySet());
            return properties;
        }

        private ApplicationProperties resolve(String[] args) {
            String fileArgument = propertiesArgument(args);
            if (fileArgument != null) {
                return fromFile(Paths.get(fileArgument));
            }
            if (Files.exists(msfPath)) {
                return fromFile(msfPath);
            }
            boolean local = localEnvironment != null ? localEnvironment : JobEnvironment.isLocal();
            if (!local) {
                throw new InvalidPropertiesException(
                        null,
                        null,
                        null,
                        "no properties found: no "
                                + PROPERTIES_ARGUMENT + " <file> program argument and no file " + msfPath
                                + " (where Amazon Managed Service for Apache Flink writes the application's property"
                                + " groups); the classpath resource " + classpathResource + " is read only in a local"
                                + " environment, and this job runs on a cluster");
            }
            if (classLoader.getResource(classpathResource) != null) {
                return fromClasspath(classpathResource, classLoader);
            }
            throw new InvalidPropertiesException(
                    null,
                    null,
                    null,
                    "no properties found: no " + PROPERTIES_ARGUMENT + " argument, no file " + msfPath
                            + ", no classpath resource " + classpathResource);
        }

        private static String propertiesArgument(String[] args) {
            for (int i = 0; i < args.length; i++) {
                if (PROPERTIES_ARGUMENT.equals(args[i])) {
                    if (i + 1 >= args.length || args[i + 1].isBlank()) {
                        throw new InvalidPropertiesException(
                                "program arguments", null, null, PROPERTIES_ARGUMENT + " needs a file path after it");
                    }
                    return args[i + 1];
                }
                if (args[i].startsWith(PROPERTIES_ARGUMENT + "=")) {
                    return args[i].substring(PROPERTIES_ARGUMENT.length() + 1);
                }
            }
            return null;
        }
    }
}
