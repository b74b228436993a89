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
package io.flinkblocks.testing.cluster;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import io.flinkblocks.testing.CompiledClasses;

/** Job JARs for tests, packed from compiled test classes: a main class's package and a Main-Class manifest. */
final class JobJars {

    private JobJars() {}

    /** A JAR of every class of {@code mainClass}'s package (not its subpackages), with {@code mainClass} as Main-Class. */
    static Path pack(Class<?> mainClass, Path folder) throws IOException {
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        Path jar = folder.resolve(mainClass.getSimpleName() + ".jar");
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest)) {
            for (Map.Entry<String, Path> classFile :
                    CompiledClasses.inPackageOf(mainClass).entrySet()) {
                out.putNextEntry(new JarEntry(classFile.getKey()));
                out.write(Files.readAllBytes(classFile.getValue()));
                out.closeEntry();
            }
        }
        return jar;
    }
}
