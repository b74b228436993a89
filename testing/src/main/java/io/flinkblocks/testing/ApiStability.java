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

import java.io.ByteArrayInputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.flink.annotation.Experimental;
import org.apache.flink.annotation.Internal;
import org.apache.flink.annotation.Public;
import org.apache.flink.annotation.PublicEvolving;

/**
 * Checks that every public top-level type of a module carries one of Flink's stability annotations:
 * {@code @PublicEvolving} for types users are meant to use, {@code @Internal} for types that are public
 * only because another package uses them ({@code @Public} and {@code @Experimental} count too). Nested
 * types follow their enclosing type and are not checked.
 *
 * <p>Flink's annotations are kept in the class files but not at run time, so the check reads the class
 * files of a directory, by default the module's {@code target/classes} (the working directory of
 * Surefire is the module's directory):
 *
 * <pre>{@code
 * @Test
 * void everyPublicTypeIsMarked() {
 *     ApiStability.assertEveryPublicTypeIsMarked("io.flinkblocks.windows");
 * }
 * }</pre>
 */
@PublicEvolving
public final class ApiStability {

    /** The main classes of the module whose directory is the working directory. */
    public static final Path MAIN_CLASSES = Paths.get("target", "classes");

    private static final List<String> MARKERS = Stream.of(
                    Public.class, PublicEvolving.class, Experimental.class, Internal.class)
            .map(type -> "L" + type.getName().replace('.', '/') + ";")
            .collect(Collectors.toList());

    private static final int ACC_PUBLIC = 0x0001;
    private static final int ACC_SYNTHETIC = 0x1000;
    private static final int ACC_MODULE = 0x8000;

    private ApiStability() {}

    /**
     * Throws an {@link AssertionError} naming every public top-level type of {@link #MAIN_CLASSES} in the
     * given packages (and their sub-packages) that has no stability annotation.
     */
    public static void assertEveryPublicTypeIsMarked(String... packagePrefixes) {
        assertEveryPublicTypeIsMarked(MAIN_CLASSES, packagePrefixes);
    }

    /** As {@link #assertEveryPublicTypeIsMarked(String...)}, for the class files under {@code classes}. */
    public static void assertEveryPublicTypeIsMarked(Path classes, String... packagePrefixes) {
        List<String> unmarked = unmarkedPublicTypes(classes, packagePrefixes);
        if (!unmarked.isEmpty()) {
            throw new AssertionError(unmarked.size() + " public type(s) without a stability annotation"
                    + " (@PublicEvolving for API, @Internal for types public only for other packages,"
                    + " or make them package-private):\n  " + String.join("\n  ", unmarked));
        }
    }

    /**
     * The names of the public top-level types under {@code classes}, in the given packages and their
     * sub-packages (all packages when none is given), that have no stability annotation, sorted. Fails
     * when the directory holds no type of those packages at all, so a wrong directory or package never
     * passes unnoticed.
     */
    public static List<String> unmarkedPublicTypes(Path classes, String... packagePrefixes) {
        if (!Files.isDirectory(classes)) {
            throw new AssertionError("No class directory " + classes.toAbsolutePath() + ": compile the module first");
        }
        List<ClassInfo> types = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(classes)) {
            List<Path> files = walk.filter(f -> f.toString().endsWith(".class")).collect(Collectors.toList());
            for (Path file : files) {
                ClassInfo info = ClassInfo.read(Files.readAllBytes(file));
                if (inPackages(info.name, packagePrefixes)) {
                    types.add(info);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the class files under " + classes, e);
        }
        if (types.isEmpty()) {
            throw new AssertionError(
                    "No class of " + Arrays.toString(packagePrefixes) + " under " + classes.toAbsolutePath());
        }
        return types.stream()
                .filter(type -> type.isPublicTopLevel() && !type.isMarked())
                .map(type -> type.name)
                .sorted()
                .collect(Collectors.toList());
    }

    private static boolean inPackages(String className, String... packagePrefixes) {
        if (packagePrefixes.length == 0) {
            return true;
        }
        for (String prefix : packagePrefixes) {
            if (className.startsWith(prefix + ".")) {
                return true;
            }
        }
        return false;
    }

    /** What the check needs from a class file: name, access flags, nesting and annotation types. */
    private static final class ClassInfo {

        private final String name;
        private final int access;
        private final boolean nested;
        private final List<String> annotations;

        private ClassInfo(String name, int access, boolean nested, List<String> annotations) {
            this.name = name;
            this.access = access;
            this.nested = nested;
            this.annotations = annotations;
        }

        boolean isPublicTopLevel() {
            return (access & ACC_PUBLIC) != 0
                    && (access & (ACC_SYNTHETIC | ACC_MODULE)) == 0
                    && !nested
                    && !name.endsWith(".package-info");
        }

        boolean isMarked() {
            return annotations.stream().anyMatch(MARKERS::contains);
        }

        /** Reads the class file format (JVMS chapter 4) up to the class's own attributes. */
        static ClassInfo read(byte[] bytes) throws IOException {
            DataInputStream in = new DataInputStream(new ByteArrayInputStream(bytes));
            if (in.readInt() != 0xCAFEBABE) {
                throw new IOException("Not a class file");
            }
            in.readUnsignedShort(); // minor version
            in.readUnsignedShort(); // major version
            int count = in.readUnsignedShort();
            String[] utf8 = new String[count];
            int[] classNameIndex = new int[count];
            for (int i = 1; i < count; i++) {
                int tag = in.readUnsignedByte();
                switch (tag) {
                    case 1: // Utf8
                        utf8[i] = in.readUTF();
                        break;
                    case 7: // Class
                        classNameIndex[i] = in.readUnsignedShort();
                        break;
                    case 8:
                    case 16:
                    case 19:
                    case 20: // String, MethodType, Module, Package
                        in.skipBytes(2);
                        break;
                    case 15: // MethodHandle
                        in.skipBytes(3);
                        break;
                    case 3:
                    case 4:
                    case 9:
                    case 10:
                    case 11:
                    case 12:
                    case 17:
                    case 18:
                        in.skipBytes(4);
                        break;
                    case 5:
                    case 6: // Long, Double: two entries
                        in.skipBytes(8);
                        i++;
                        break;
                    default:
                        throw new IOException("Unknown constant pool tag " + tag);
                }
            }
            int access = in.readUnsignedShort();
            int thisClass = in.readUnsignedShort();
            String name = utf8[classNameIndex[thisClass]].replace('/', '.');
            in.readUnsignedShort(); // super class
            in.skipBytes(2 * in.readUnsignedShort()); // interfaces
            for (int members = 0; members < 2; members++) { // fields, then methods
                int memberCount = in.readUnsignedShort();
                for (int m = 0; m < memberCount; m++) {
                    in.skipBytes(6);
                    skipAttributes(in);
                }
            }
            boolean nested = false;
            List<String> annotations = new ArrayList<>();
            int attributes = in.readUnsignedShort();
            for (int a = 0; a < attributes; a++) {
                String attribute = utf8[in.readUnsignedShort()];
                int length = in.readInt();
                if ("InnerClasses".equals(attribute)) {
                    int classes = in.readUnsignedShort();
                    for (int c = 0; c < classes; c++) {
                        nested |= in.readUnsignedShort() == thisClass;
                        in.skipBytes(6);
                    }
                } else if ("RuntimeVisibleAnnotations".equals(attribute)
                        || "RuntimeInvisibleAnnotations".equals(attribute)) {
                    int annotationCount = in.readUnsignedShort();
                    for (int n = 0; n < annotationCount; n++) {
                        annotations.add(utf8[in.readUnsignedShort()]);
                        skipElementValuePairs(in);
                    }
                } else {
                    in.skipBytes(length);
                }
            }
            return new ClassInfo(name, access, nested, annotations);
        }

        private static void skipAttributes(DataInputStream in) throws IOException {
            int count = in.readUnsignedShort();
            for (int i = 0; i < count; i++) {
                in.skipBytes(2);
                in.skipBytes(in.readInt());
            }
        }

        private static void skipElementValuePairs(DataInputStream in) throws IOException {
            int pairs = in.readUnsignedShort();
            for (int p = 0; p < pairs; p++) {
                in.skipBytes(2);
                skipElementValue(in);
            }
        }

        private static void skipElementValue(DataInputStream in) throws IOException {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 'e': // enum: type and constant name
                    in.skipBytes(4);
                    break;
                case '@':
                    in.skipBytes(2);
                    skipElementValuePairs(in);
                    break;
                case '[':
                    int values = in.readUnsignedShort();
                    for (int v = 0; v < values; v++) {
                        skipElementValue(in);
                    }
                    break;
                default: // a constant or a class: one constant pool index
                    in.skipBytes(2);
            }
        }
    }
}
