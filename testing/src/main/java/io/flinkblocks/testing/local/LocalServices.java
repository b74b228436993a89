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

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Local stand-ins of the AWS services and Kafka for running jobs by hand: starts the local Kinesis,
 * the Firehose and STS stand-ins, the Kafka broker and the local S3 of this module, creates the
 * streams, delivery streams, topics and buckets that the given properties files name, and writes each
 * file into an output folder with its endpoints pointed at the services just started (which keys
 * those are: {@link ServiceKeys}). It prints each endpoint and the command that runs each job with its
 * file, then runs until Ctrl-C.
 *
 * <pre>
 * ./mvnw -q -pl testing compile exec:java -Dexec.mainClass=io.flinkblocks.testing.local.LocalServices \
 *     -Dexec.classpathScope=test -Dexec.args="target/local-services examples"
 * </pre>
 *
 * <p>Only the services the files point at are started (all of them when no file is given). Nothing
 * printed holds a property value: only endpoints, resource names and commands.
 */
@PublicEvolving
public final class LocalServices implements AutoCloseable {

    private final RunningServices services;
    private final Map<String, Path> writtenFiles;

    private LocalServices(RunningServices services, Map<String, Path> writtenFiles) {
        this.services = services;
        this.writtenFiles = writtenFiles;
    }

    /**
     * Starts the services, writes the files and waits until the JVM is stopped (Ctrl-C); the services
     * stop with it.
     */
    public static void main(String[] args) throws Exception {
        if (LocalServicesArguments.asksForHelp(args)) {
            System.out.println(LocalServicesArguments.USAGE);
            return;
        }
        LocalServicesArguments arguments = LocalServicesArguments.parse(args);
        LocalServices services = start(arguments.outputFolder(), arguments.inputs(), System.out);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping the local services.");
                            services.close();
                        },
                        "stop-local-services"));
        System.out.println();
        System.out.println("Running. Ctrl-C stops the services.");
        try {
            new CountDownLatch(1).await();
        } catch (InterruptedException e) {
            // Stopped from within the JVM rather than by a signal: stop what this run started.
            Thread.currentThread().interrupt();
            services.close();
        }
    }

    /**
     * Starts the services the properties files need, creates what they name, writes them pointed at
     * the services into {@code outputFolder} (one {@code <job>.json} each) and prints the endpoints
     * and commands to {@code out}. Folders among {@code propertiesFilesOrFolders} are scanned for
     * {@code flink-application-properties-local.json}; with none given, every service starts.
     */
    public static LocalServices start(Path outputFolder, List<Path> propertiesFilesOrFolders, PrintStream out) {
        List<Path> files = PropertiesFiles.find(propertiesFilesOrFolders);
        if (!propertiesFilesOrFolders.isEmpty() && files.isEmpty()) {
            throw new IllegalArgumentException(
                    "No " + PropertiesFiles.LOCAL_FILE_NAME + " in " + propertiesFilesOrFolders);
        }
        Map<Path, Map<String, Map<String, String>>> properties = new LinkedHashMap<>();
        Set<LocalService> needed =
                files.isEmpty() ? EnumSet.allOf(LocalService.class) : EnumSet.noneOf(LocalService.class);
        for (Path file : files) {
            Map<String, Map<String, String>> groups = PropertiesFiles.read(file);
            properties.put(file, groups);
            needed.addAll(PropertiesRewriter.servicesNeeded(groups));
        }
        out.println("Starting " + needed.stream().map(LocalService::title).collect(Collectors.joining(", ")) + " ...");
        RunningServices services = RunningServices.start(needed);
        try {
            return writeFiles(services, outputFolder.toAbsolutePath().normalize(), properties, out);
        } catch (RuntimeException e) {
            services.close();
            throw e;
        }
    }

    private static LocalServices writeFiles(
            RunningServices services,
            Path outputFolder,
            Map<Path, Map<String, Map<String, String>>> properties,
            PrintStream out) {
        Map<Path, PropertiesRewriter.Rewritten> rewritten = new LinkedHashMap<>();
        Set<LocalResource> resources = new LinkedHashSet<>();
        properties.forEach((file, groups) -> {
            PropertiesRewriter.Rewritten result = PropertiesRewriter.rewrite(groups, services);
            rewritten.put(file, result);
            resources.addAll(result.resources());
        });
        services.create(resources);
        ServicesReport report = new ServicesReport(out);
        report.services(services.endpoints(), resources);

        Map<String, Path> written = new LinkedHashMap<>();
        Map<String, Integer> namesTaken = new HashMap<>();
        if (!rewritten.isEmpty()) {
            report.filesHeader(outputFolder);
        }
        rewritten.forEach((source, result) -> {
            ExampleJob job = ExampleJob.of(source);
            int taken = namesTaken.merge(job.name(), 1, Integer::sum);
            String name = taken == 1 ? job.name() : job.name() + "-" + taken;
            Path target = outputFolder.resolve(name + ".json");
            PropertiesFiles.write(target, result.groups());
            written.put(name, target);
            report.file(name, source, job.command(target).orElse(target.toString()), result);
        });
        return new LocalServices(services, Collections.unmodifiableMap(written));
    }

    /** The files written, by job name, in the order they were written. */
    public Map<String, Path> writtenFiles() {
        return writtenFiles;
    }

    RunningServices services() {
        return services;
    }

    /**
     * Stops the Firehose stand-in of this run. The shared services (Kinesis, S3, Kafka, STS) stop when
     * the JVM exits, by their own shutdown hooks: other users in the same JVM may still need them.
     */
    @Override
    public void close() {
        services.close();
    }
}
