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
package io.flinkblocks.examples.gettingstarted;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.apache.flink.api.common.JobID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

import io.flinkblocks.testing.cluster.ClusterJobRun;
import io.flinkblocks.testing.cluster.FlinkClusterExtension;
import io.flinkblocks.testing.cluster.FlinkStandaloneCluster;
import io.flinkblocks.testing.kinesis.LocalKinesisExtension;
import io.flinkblocks.testing.ticks.TickJson;

/**
 * FLINK-16246 on a real TaskManager: the Kinesis connector's shaded AWS SDK v1 registers a JVM-wide
 * MBean through {@code SdkMBeanRegistrySupport}, which keeps the user class loader of every canceled
 * job alive, until the TaskManager dies of a Metaspace OutOfMemoryError after about ten Kinesis jobs.
 * The job parent leaves that class out of the shaded JAR. Here {@value #JOBS} Kinesis jobs run one
 * after the other in one TaskManager with the default 256 MiB of metaspace, each canceled once it is
 * RUNNING and has written what it read; after a full GC ({@code jcmd <pid> GC.run}) no user class
 * loader ({@code ChildFirstClassLoader}, {@code SafetyNetWrapperClassLoader}) and no shaded SDK object
 * is left, and metaspace grew by less than half of what one running job takes.
 *
 * <p>With {@code -Dflinkblocks.leak-check.jar=with-mbean-registration} the same runs use a copy of the
 * JAR with the class put back (from the connector on the test class path), and the test fails: the
 * loaders of canceled jobs stay.
 */
class GettingStartedClassLoaderLeakClusterIT {

    private static final int JOBS = 12;
    private static final int RECORDS = 20;
    private static final Duration TIMEOUT = Duration.ofMinutes(3);
    private static final String MBEAN_REGISTRY_CLASS =
            "org/apache/flink/kinesis/shaded/com/amazonaws/jmx/SdkMBeanRegistrySupport.class";
    private static final String CHILD_FIRST = "org.apache.flink.util.ChildFirstClassLoader";
    private static final String SAFETY_NET =
            "org.apache.flink.util.FlinkUserCodeClassLoaders$SafetyNetWrapperClassLoader";
    private static final String SHADED_SDK = "org.apache.flink.kinesis.shaded.";

    @RegisterExtension
    static final LocalKinesisExtension KINESIS = new LocalKinesisExtension();

    // The shared cluster of the default settings: one TaskManager with one slot and 256 MiB of metaspace.
    @RegisterExtension
    static final FlinkClusterExtension FLINK = new FlinkClusterExtension();

    @Test
    void canceledKinesisJobsLeaveNoUserClassLoaderBehind(FlinkStandaloneCluster flink, @TempDir Path folder)
            throws IOException {
        Path jar = ClusterJobRun.shadedJar();
        try (ZipFile zip = new ZipFile(jar.toFile())) {
            assertThat(zip.getEntry(MBEAN_REGISTRY_CLASS))
                    .as(MBEAN_REGISTRY_CLASS + " in " + jar)
                    .isNull();
        }
        boolean withRegistration = "with-mbean-registration".equals(System.getProperty("flinkblocks.leak-check.jar"));
        if (withRegistration) {
            jar = withMBeanRegistration(jar, folder.resolve("with-mbean-registration.jar"));
        }
        assertThat(flink.taskManagerPids()).as("TaskManagers alive").hasSize(1);
        long pid = flink.taskManagerPids().get(0);

        String input = KINESIS.createStream("LeakCheckInput", 1);
        String output = KINESIS.createStream("LeakCheckOutput", 1);
        KINESIS.putStrings(input, TickJson.samples("TBV", RECORDS));
        Path properties = GettingStartedClusterIT.writeProperties(
                folder.resolve("application_properties.json"), KINESIS, input, output);
        String jarId = flink.uploadJar(jar);

        long started = System.nanoTime();
        Usage before = Usage.of(pid);
        Usage running = null;
        Usage afterFirst = null;
        for (int i = 1; i <= JOBS; i++) {
            // A TaskManager out of metaspace (FLINK-16246) shuts itself down: said at once, not after a timeout.
            assertThat(flink.taskManagerPids())
                    .as("the TaskManager alive before job %d (%s)", i, flink.taskManagerLog(0))
                    .contains(pid);
            JobID job = flink.run(jarId, "--properties", properties.toString());
            flink.awaitAllTasksRunning(job, TIMEOUT);
            // Each job reads the whole input from TRIM_HORIZON: it ran its source and sink once it wrote it all.
            int expected = i * RECORDS;
            FlinkStandaloneCluster.await(
                    "job " + i + "'s records in " + output,
                    TIMEOUT,
                    () -> KINESIS.readAllStrings(output).size() >= expected);
            if (i == 1) {
                running = Usage.of(pid);
            }
            flink.cancel(job);
            if (i == 1) {
                // The first job also loads the TaskManager's own task classes: the baseline is taken after it.
                afterFirst = awaitNoUserClassLoader(pid, Duration.ofMinutes(1));
                System.out.printf(
                        Locale.ROOT,
                        "class loader leak check: first job running: %s; after it: %s%n",
                        running,
                        afterFirst);
            } else if (withRegistration) {
                System.out.printf(Locale.ROOT, "class loader leak check: after job %d: %s%n", i, Usage.of(pid));
            }
        }
        long ran = System.nanoTime();
        Usage after = awaitNoUserClassLoader(pid, Duration.ofMinutes(2));
        long done = System.nanoTime();

        System.out.printf(
                Locale.ROOT,
                "class loader leak check, %s: %d Kinesis jobs in %d s, no user class loader %d s after the last;"
                        + " before: %s; first job running: %s; after the first: %s; after all: %s%n",
                jar.getFileName(),
                JOBS,
                (ran - started) / 1_000_000_000,
                (done - ran) / 1_000_000_000,
                before,
                running,
                afterFirst,
                after);

        assertThat(running.childFirstLoaders)
                .as("a running job's class loader is seen")
                .isPositive();
        assertThat(running.safetyNetLoaders)
                .as("a running job's class loader wrapper is seen")
                .isPositive();
        assertThat(running.shadedSdkObjects)
                .as("a running Kinesis job's shaded SDK objects are seen")
                .isPositive();
        assertThat(after.childFirstLoaders)
                .as("ChildFirstClassLoader instances left after %d canceled jobs", JOBS)
                .isZero();
        assertThat(after.safetyNetLoaders)
                .as("SafetyNetWrapperClassLoader instances left after %d canceled jobs", JOBS)
                .isZero();
        assertThat(after.userClasses).as("classes of user class loaders left").isZero();
        assertThat(after.shadedSdkObjects)
                .as("objects of the shaded AWS SDK left")
                .isZero();
        // What one running job adds to metaspace, its user classes mostly: eleven leaked jobs would add eleven times
        // that.
        long perJobKb = running.metaspaceUsedKb - afterFirst.metaspaceUsedKb;
        assertThat(perJobKb)
                .as("metaspace (KiB) of a running job over the TaskManager's after it")
                .isPositive();
        assertThat(after.metaspaceUsedKb - afterFirst.metaspaceUsedKb)
                .as("metaspace growth (KiB) from the first job to the last")
                .isLessThan(perJobKb / 2);
    }

    /** Full GCs until no user class loader is left or the time is up; the last measurement either way. */
    private static Usage awaitNoUserClassLoader(long pid, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            Usage usage = Usage.of(pid);
            if (usage.childFirstLoaders == 0 && usage.safetyNetLoaders == 0 && usage.userClasses == 0
                    || System.nanoTime() > deadline) {
                return usage;
            }
            // A released loader can still be reachable for a moment from threads that are shutting down
            // (the SDK's HTTP clients): measured again, not waited on for a fixed time.
            try {
                TimeUnit.MILLISECONDS.sleep(500);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
    }

    /** A copy of the JAR with the SDK's MBean registration put back, as it was before the job parent left it out. */
    private static Path withMBeanRegistration(Path jar, Path copy) throws IOException {
        byte[] registration;
        try (InputStream in = GettingStartedClassLoaderLeakClusterIT.class
                .getClassLoader()
                .getResourceAsStream(MBEAN_REGISTRY_CLASS)) {
            assertThat(in)
                    .as(MBEAN_REGISTRY_CLASS + " of the Kinesis connector on the test class path")
                    .isNotNull();
            registration = in.readAllBytes();
        }
        try (ZipInputStream in = new ZipInputStream(Files.newInputStream(jar));
                ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(copy))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                out.putNextEntry(new ZipEntry(entry.getName()));
                in.transferTo(out);
                out.closeEntry();
            }
            out.putNextEntry(new ZipEntry(MBEAN_REGISTRY_CLASS));
            out.write(registration);
            out.closeEntry();
        }
        return copy;
    }

    /** What a TaskManager holds after a full GC, from {@code jcmd} of the JDK running the tests. */
    private static final class Usage {
        private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+\\d+\\s+(\\S+)");
        private static final Pattern METASPACE = Pattern.compile("Metaspace\\s+used (\\d+)K, committed (\\d+)K");

        long childFirstLoaders;
        long safetyNetLoaders;
        long shadedSdkObjects;
        long userClasses;
        long userClassesKb;
        long metaspaceUsedKb;
        long metaspaceCommittedKb;

        static Usage of(long pid) {
            Usage usage = new Usage();
            jcmd(pid, "GC.run");
            // The histogram counts live objects (it runs a full GC itself): the loaders and the SDK's objects.
            for (String line : jcmd(pid, "GC.class_histogram")) {
                Matcher row = HISTOGRAM_ROW.matcher(line);
                if (!row.find()) {
                    continue;
                }
                long instances = Long.parseLong(row.group(1));
                String name = row.group(2);
                if (name.equals(CHILD_FIRST)) {
                    usage.childFirstLoaders += instances;
                } else if (name.equals(SAFETY_NET)) {
                    usage.safetyNetLoaders += instances;
                } else if (name.startsWith(SHADED_SDK)) {
                    usage.shadedSdkObjects += instances;
                }
            }
            // The loaders' classes and metaspace, objects or not.
            for (String line : jcmd(pid, "VM.classloader_stats")) {
                String[] columns = line.trim().split("\\s+");
                if (columns.length >= 7 && columns[columns.length - 1].equals(CHILD_FIRST)) {
                    usage.userClasses += Long.parseLong(columns[3]);
                    usage.userClassesKb += Long.parseLong(columns[4]) / 1024;
                }
            }
            for (String line : jcmd(pid, "GC.heap_info")) {
                Matcher metaspace = METASPACE.matcher(line);
                if (metaspace.find()) {
                    usage.metaspaceUsedKb = Long.parseLong(metaspace.group(1));
                    usage.metaspaceCommittedKb = Long.parseLong(metaspace.group(2));
                }
            }
            return usage;
        }

        @Override
        public String toString() {
            return String.format(
                    Locale.ROOT,
                    "%d ChildFirstClassLoader, %d SafetyNetWrapperClassLoader, %d user classes (%d KiB),"
                            + " %d shaded SDK objects, metaspace used %d KiB of %d KiB committed",
                    childFirstLoaders,
                    safetyNetLoaders,
                    userClasses,
                    userClassesKb,
                    shadedSdkObjects,
                    metaspaceUsedKb,
                    metaspaceCommittedKb);
        }

        private static List<String> jcmd(long pid, String command) {
            Path jcmd = Paths.get(System.getProperty("java.home"), "bin", "jcmd");
            try {
                Process process = new ProcessBuilder(jcmd.toString(), Long.toString(pid), command)
                        .redirectErrorStream(true)
                        .start();
                List<String> lines = new ArrayList<>();
                try (OutputStream stdin = process.getOutputStream();
                        InputStream out = process.getInputStream()) {
                    lines.addAll(List.of(new String(out.readAllBytes(), StandardCharsets.UTF_8).split("\n")));
                }
                if (!process.waitFor(2, TimeUnit.MINUTES) || process.exitValue() != 0) {
                    process.destroyForcibly();
                    throw new IllegalStateException(
                            jcmd + " " + pid + " " + command + " failed: " + String.join("\n", lines));
                }
                return lines;
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot run " + jcmd, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted", e);
            }
        }
    }
}
