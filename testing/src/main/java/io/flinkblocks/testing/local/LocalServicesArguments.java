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
package io.flinkblocks.testing.local;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** The command line of {@link LocalServices}: an output folder, then properties files or folders to scan. */
final class LocalServicesArguments {

    static final String USAGE = "Usage: LocalServices <output folder> [<properties file or folder>...]\n"
            + "  Starts the local stand-ins the properties files need (all of them when none is given), creates the\n"
            + "  streams, topics and buckets the files name, and writes each file into the output folder pointed at\n"
            + "  them. A folder is scanned for " + PropertiesFiles.LOCAL_FILE_NAME + " files.";

    private final Path outputFolder;
    private final List<Path> inputs;

    private LocalServicesArguments(Path outputFolder, List<Path> inputs) {
        this.outputFolder = outputFolder;
        this.inputs = inputs;
    }

    static LocalServicesArguments parse(String... args) {
        if (args.length == 0 || args[0].isBlank() || args[0].startsWith("-")) {
            throw new IllegalArgumentException(USAGE);
        }
        List<Path> inputs = new ArrayList<>();
        for (int i = 1; i < args.length; i++) {
            if (args[i].startsWith("-")) {
                throw new IllegalArgumentException("Unknown option " + args[i] + "\n" + USAGE);
            }
            inputs.add(Paths.get(args[i]));
        }
        return new LocalServicesArguments(Paths.get(args[0]), Collections.unmodifiableList(inputs));
    }

    static boolean asksForHelp(String... args) {
        return args.length == 1 && (args[0].equals("--help") || args[0].equals("-h"));
    }

    Path outputFolder() {
        return outputFolder;
    }

    List<Path> inputs() {
        return inputs;
    }
}
