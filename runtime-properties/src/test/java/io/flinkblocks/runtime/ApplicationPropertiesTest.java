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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.lang.reflect.Proxy;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.LogCapture;

class ApplicationPropertiesTest {

    @RegisterExtension
    final LogCapture logs = new LogCapture();

    @TempDir
    Path dir;

    private Path write(String name, String json) throws IOException {
        Path file = dir.resolve(name);
        Files.write(file, json.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private static String group(String id, String key, String value) {
        return "[{\"PropertyGroupId\": \"" + id + "\", \"PropertyMap\": {\"" + key + "\": \"" + value + "\"}}]";
    }

    @Test
    void propertiesArgumentWinsOverMsfFileAndClasspath() throws IOException {
        Path argFile = write("arg.json", group("FromArgument", "k", "v"));
        Path msfFile = write("msf.json", group("FromMsf", "k", "v"));

        ApplicationProperties props =
                ApplicationProperties.loader().msfPath(msfFile).load(new String[] {"--properties", argFile.toString()});

        assertThat(props.groupNames()).containsExactly("FromArgument");
        assertThat(props.source()).isEqualTo("file " + argFile);
    }

    @Test
    void propertiesArgumentAcceptsEqualsForm() throws IOException {
        Path argFile = write("arg.json", group("FromArgument", "k", "v"));

        ApplicationProperties props = ApplicationProperties.loader()
                .msfPath(dir.resolve("absent.json"))
                .load(new String[] {"--other", "x", "--properties=" + argFile});

        assertThat(props.groupNames()).containsExactly("FromArgument");
    }

    @Test
    void msfFileWinsOverClasspathWhenNoArgument() throws IOException {
        Path msfFile = write("msf.json", group("FromMsf", "k", "v"));

        ApplicationProperties props =
                ApplicationProperties.loader().msfPath(msfFile).load(new String[0]);

        assertThat(props.groupNames()).containsExactly("FromMsf");
    }

    @Test
    void onAClusterTheDevResourceIsNeverUsedAndTheErrorNamesWhereItLooked() {
        Path absent = dir.resolve("absent.json");

        assertThatThrownBy(() -> ApplicationProperties.loader()
                        .msfPath(absent)
                        .localEnvironment(false)
                        .load(new String[0]))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("no properties found")
                .hasMessageContaining("--properties <file>")
                .hasMessageContaining(absent.toString())
                .hasMessageContaining(
                        ApplicationProperties.DEV_PROPERTIES_RESOURCE + " is read only in a local environment");
    }

    @Test
    void onAClusterTheMsfFileIsStillRead() throws IOException {
        Path msfFile = write("msf.json", group("FromMsf", "k", "v"));

        ApplicationProperties props = ApplicationProperties.loader()
                .msfPath(msfFile)
                .localEnvironment(false)
                .load(new String[0]);

        assertThat(props.groupNames()).containsExactly("FromMsf");
    }

    @Test
    void aPlainMainRunsLocally() {
        assertThat(JobEnvironment.isLocal()).isTrue();
    }

    @Test
    void webUiPortComesFromTheProgramArguments() {
        assertThat(JobEnvironment.webUiPort(new String[] {"--properties", "x", "--web-ui-port", "8081"}))
                .isEqualTo(8081);
        assertThat(JobEnvironment.webUiPort(new String[] {"--web-ui-port=9000"}))
                .isEqualTo(9000);
        assertThat(JobEnvironment.webUiPort(new String[] {"--properties", "x"})).isNull();
        assertThatThrownBy(() -> JobEnvironment.webUiPort(new String[] {"--web-ui-port", "http"}))
                .hasMessageContaining("--web-ui-port needs a port between 1 and 65535, got 'http'");
    }

    @Test
    void classpathResourceIsTheLastResort() {
        ApplicationProperties props = ApplicationProperties.loader()
                .msfPath(dir.resolve("absent.json"))
                .load(null);

        assertThat(props.groupNames()).containsExactly("FromClasspath");
        assertThat(props.source()).isEqualTo("classpath resource flink-application-properties-dev.json");
        assertThat(props.group("FromClasspath").required("origin")).isEqualTo("classpath");
    }

    @Test
    void devResourceIsTheOneTheJobClassesLoaderFinds() throws IOException {
        write(ApplicationProperties.DEV_PROPERTIES_RESOURCE, group("FromJobClassPath", "origin", "job"));
        // A class of another class path (a proxy class defined by its loader), as a job's JAR would be.
        try (URLClassLoader jobLoader =
                new URLClassLoader(new URL[] {dir.toUri().toURL()}, ClassLoader.getPlatformClassLoader())) {
            Class<?> jobClass = Proxy.newProxyInstance(jobLoader, new Class<?>[] {Runnable.class}, (p, m, a) -> null)
                    .getClass();

            assertThat(ApplicationProperties.fromDevResource(jobClass).groupNames())
                    .containsExactly("FromJobClassPath");
        }
        ApplicationProperties own = ApplicationProperties.fromDevResource(ApplicationPropertiesTest.class);
        assertThat(own.groupNames()).containsExactly("FromClasspath");
        assertThat(own.source()).isEqualTo("classpath resource " + ApplicationProperties.DEV_PROPERTIES_RESOURCE);
    }

    @Test
    void noSourceAtAllNamesEveryPlaceLooked() {
        assertThatThrownBy(() -> ApplicationProperties.loader()
                        .msfPath(dir.resolve("absent.json"))
                        .classpathResource("absent-resource.json")
                        .load(new String[0]))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("--properties")
                .hasMessageContaining("absent.json")
                .hasMessageContaining("absent-resource.json");
    }

    @Test
    void propertiesArgumentWithoutPathIsAnError() {
        assertThatThrownBy(() -> ApplicationProperties.load(new String[] {"--properties"}))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("--properties needs a file path");
    }

    @Test
    void logsTheChosenSourceOnce() throws IOException {
        Path argFile = write("arg.json", group("FromArgument", "k", "v"));

        ApplicationProperties.loader().load(new String[] {"--properties", argFile.toString()});

        assertThat(logs.lines())
                .filteredOn(line -> line.contains("Application properties loaded from"))
                .singleElement()
                .asString()
                .contains("file " + argFile)
                .contains("FromArgument");
    }

    @Test
    void groupsKeepFileOrderAndAsMapCopiesThem() throws IOException {
        ApplicationProperties props = ApplicationProperties.fromFile(samples("guide.json"));

        assertThat(props.groupNames())
                .containsExactly("ConsumerConfigProperties", "ProducerConfigProperties", "Empty", "Scalars");
        props.asMap().get("Empty").setProperty("mutated", "yes");
        assertThat(props.group("Empty").isEmpty()).isTrue();
    }

    @Test
    void absentGroupCanBeReadAsEmpty() throws IOException {
        ApplicationProperties props = ApplicationProperties.fromFile(samples("guide.json"));

        PropertyGroup absent = props.groupOrEmpty("Absent");

        assertThat(absent.isEmpty()).isTrue();
        assertThat(absent.getInt("parallelism", 3)).isEqualTo(3);
        assertThat(props.hasGroup("Absent")).isFalse();
    }

    static Path samples(String name) {
        try {
            return Path.of(ApplicationPropertiesTest.class
                    .getResource("/samples/" + name)
                    .toURI());
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
