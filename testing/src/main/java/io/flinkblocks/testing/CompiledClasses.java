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
package io.flinkblocks.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The compiled classes a test's own sources became, for a test that puts something on its class path
 * (a generated truststore, where a job JAR carries a user's own) or packs test classes into a job JAR (a
 * job class, another release of one).
 *
 * <pre>{@code
 * Files.write(CompiledClasses.rootOf(MyJobIT.class).resolve("kafka.client.truststore.jks"), truststore);
 * CompiledClasses.inPackageOf(MyOtherRelease.class).forEach((entry, file) -> ...);   // into a JAR
 * }</pre>
 */
@PublicEvolving
public final class CompiledClasses {

    private CompiledClasses() {}

    /** The folder of compiled classes {@code type} was loaded from: {@code target/test-classes} for a test's class. */
    public static Path rootOf(Class<?> type) {
        try {
            return Paths.get(
                    type.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("no folder for the location of " + type.getName(), e);
        }
    }

    /**
     * The class files compiled into the package of {@code type} (not its subpackages), by the name of
     * their entry in a JAR ({@code io/flinkblocks/.../Name.class}), in the order of those names.
     */
    public static SortedMap<String, Path> inPackageOf(Class<?> type) {
        String folder = type.getPackageName().replace('.', '/');
        SortedMap<String, Path> classes = new TreeMap<>();
        try (Stream<Path> files = Files.list(rootOf(type).resolve(folder))) {
            files.filter(file -> file.getFileName().toString().endsWith(".class"))
                    .forEach(file -> classes.put(folder + "/" + file.getFileName(), file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return classes;
    }
}
