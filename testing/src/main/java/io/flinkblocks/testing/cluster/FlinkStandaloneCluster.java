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
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.JobManagerOptions;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessSpec;
import org.apache.flink.runtime.clusterframework.TaskExecutorProcessUtils;
import org.apache.flink.runtime.jobmanager.JobManagerProcessSpec;
import org.apache.flink.runtime.jobmanager.JobManagerProcessUtils;
import org.apache.flink.runtime.util.config.memory.ProcessMemoryUtils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import io.flinkblocks.testing.process.FreePorts;
import io.flinkblocks.testing.process.ManagedProcess;
import io.flinkblocks.testing.secrets.SecretsScanner;

/**
 * A real Flink 1.20 session cluster for integration tests: a JobManager
 * ({@code StandaloneSessionClusterEntrypoint}) and TaskManagers ({@code TaskManagerRunner}), each in
 * its own JVM on 127.0.0.1, started as a binary distribution's {@code bin/jobmanager.sh} and
 * {@code bin/taskmanager.sh} start them, and given jobs as MSF and self-managed clusters are: a job JAR
 * uploaded through the REST API and run there, its {@code main} executed on the JobManager.
 *
 * <p>Why not the MiniCluster: a job JAR on a real cluster runs on the cluster's class path with its own
 * child-first class loader, each TaskManager is a process that can die with {@code kill -9} (no
 * shutdown hook, no cleanup, the JobManager finds out by heartbeats), and file systems are plugins.
 * What passes in a MiniCluster (a class that is only on the test class path, a connector missing from
 * the shaded JAR, class loader leaks across restarts) fails here as it would in production.
 *
 * <p>What it is made of:
 * <ul>
 *   <li>the class path of a Flink distribution's {@code lib/}, rebuilt from Maven artifacts (flink-dist
 *       is not a usable artifact) and resolved when this module was built ({@link ClusterClasspath});
 *   <li>{@code flink-s3-fs-hadoop} as a plugin in {@code <directory>/plugins/s3-fs-hadoop/}
 *       ({@code FLINK_PLUGINS_DIR}), reaching a local S3 through the configuration
 *       ({@code LocalS3#flinkConfiguration()});
 *   <li>as on MSF: the RocksDB state backend with incremental checkpoints, checkpoints and savepoints
 *       under the cluster's directory, inline state below 1 MiB, one checkpoint at a time and one
 *       retained, fixed-delay restarts without limit (1 s apart here, 10 s on MSF);
 *   <li>for a shared CI machine: a 768m JobManager and 1280m TaskManagers with one slot each, their
 *       JVM memory flags computed by Flink's own code as {@code bin/*.sh} do (BashJavaUtils), the
 *       {@code --add-opens} and {@code --add-exports} of a distribution's {@code env.java.opts.all} (Flink
 *       needs them on Java 17), heartbeats every 2 s so a killed TaskManager is noticed within seconds,
 *       checkpoints every 2 s, REST metrics refreshed every second;
 *   <li>one Log4j file per process ({@code jobmanager.log}, {@code taskmanager-<n>.log}) and its standard
 *       output ({@code .out}), under Maven's {@code target/test-logs/} when the build names a test log
 *       there, so the suite's secrets check reads them.
 * </ul>
 *
 * <pre>{@code
 * try (FlinkStandaloneCluster flink = FlinkStandaloneCluster.builder().start()) {
 *     String jar = flink.uploadJar(Paths.get("target/my-job.jar"));
 *     JobID job = flink.run(jar, "--properties", "/path/to/application_properties.json");
 *     flink.awaitAllTasksRunning(job, Duration.ofMinutes(1));
 *     String savepoint = flink.stopWithSavepoint(job);
 *     JobID restored = flink.runFromSavepoint(jar, savepoint, false);
 *     flink.killTaskManager(0);
 *     flink.startTaskManager();
 *     flink.awaitAllTasksRunning(restored, Duration.ofMinutes(1));
 * }
 * }</pre>
 *
 * <p>The memory options are computed in the test JVM with Flink's classes, so {@code flink-runtime}
 * (which the job parent provides) must be on the test class path. Every wait polls the REST API until a
 * deadline; none sleeps for a fixed time.
 */
@PublicEvolving
public final class FlinkStandaloneCluster implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FlinkStandaloneCluster.class);

    static final String JOB_MANAGER_CLASS = "org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint";
    static final String TASK_MANAGER_CLASS = "org.apache.flink.runtime.taskexecutor.TaskManagerRunner";

    /**
     * What a Flink 1.20 distribution's {@code conf/config.yaml} sets as {@code env.java.opts.all}: the
     * module opens and exports Flink needs on Java 17 (Kryo, Pekko, the planner's code generation).
     * Harmless on Java 11.
     */
    static final List<String> JAVA_MODULE_OPTIONS = List.of(
            "--add-exports=java.base/sun.net.util=ALL-UNNAMED",
            "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.api=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.file=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.parser=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.tree=ALL-UNNAMED",
            "--add-exports=jdk.compiler/com.sun.tools.javac.util=ALL-UNNAMED",
            "--add-exports=java.security.jgss/sun.security.krb5=ALL-UNNAMED",
            "--add-opens=java.base/java.lang=ALL-UNNAMED",
            "--add-opens=java.base/java.net=ALL-UNNAMED",
            "--add-opens=java.base/java.io=ALL-UNNAMED",
            "--add-opens=java.base/java.nio=ALL-UNNAMED",
            "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens=java.base/java.lang.reflect=ALL-UNNAMED",
            "--add-opens=java.base/java.text=ALL-UNNAMED",
            "--add-opens=java.base/java.time=ALL-UNNAMED",
            "--add-opens=java.base/java.util=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.atomic=ALL-UNNAMED",
            "--add-opens=java.base/java.util.concurrent.locks=ALL-UNNAMED");

    /** The system property naming a test JVM's log file (root pom: {@code target/test-logs/*.log}). */
    static final String TEST_LOG_PROPERTY = "flinkblocks.test.log";

    private static final AtomicInteger CLUSTERS = new AtomicInteger();
    private static final Duration POLL = Duration.ofMillis(200);

    private final String name;
    private final Path directory;
    private final boolean temporaryDirectory;
    private final Path confDirectory;
    private final Path logDirectory;
    private final Path pluginsDirectory;
    private final Map<String, String> configuration;
    private final String classpath;
    private final ProcessMemory jobManagerMemory;
    private final ProcessMemory taskManagerMemory;
    private final int taskManagerCount;
    private final Duration startTimeout;
    private final Duration operationTimeout;
    private final ClusterRest rest;
    private final URI restEndpoint;

    private ManagedProcess jobManager;
    private final List<ManagedProcess> taskManagers = new ArrayList<>();
    private boolean stopped;

    private FlinkStandaloneCluster(Builder builder, Path directory, boolean temporaryDirectory) throws IOException {
        this.name = "flink-cluster-" + ProcessHandle.current().pid() + "-" + CLUSTERS.incrementAndGet();
        this.temporaryDirectory = temporaryDirectory;
        this.directory = directory;
        this.taskManagerCount = builder.taskManagers;
        this.startTimeout = builder.startTimeout;
        this.operationTimeout = builder.operationTimeout;

        // First what a user's machine may lack (the jars), then the files.
        this.classpath = ClusterClasspath.cluster();
        Path s3PluginJar = builder.s3Plugin ? ClusterClasspath.s3PluginJar() : null;
        this.confDirectory = Files.createDirectories(directory.resolve("conf"));
        this.pluginsDirectory = Files.createDirectories(directory.resolve("plugins"));
        this.logDirectory = Files.createDirectories(
                builder.logDirectory != null ? builder.logDirectory : defaultLogDirectory(directory, name));
        if (s3PluginJar != null) {
            Path plugin = Files.createDirectories(pluginsDirectory.resolve("s3-fs-hadoop"));
            Files.copy(s3PluginJar, plugin.resolve(s3PluginJar.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        }

        this.configuration = Collections.unmodifiableMap(configuration(builder, directory));
        Files.write(confDirectory.resolve("config.yaml"), yaml(configuration).getBytes(StandardCharsets.UTF_8));
        Files.write(
                confDirectory.resolve("log4j.properties"),
                log4j(builder.logLevels).getBytes(StandardCharsets.UTF_8));

        Configuration flink = Configuration.fromMap(configuration);
        this.jobManagerMemory = ProcessMemory.jobManager(flink);
        this.taskManagerMemory = ProcessMemory.taskManager(flink);
        this.restEndpoint =
                URI.create("http://" + configuration.get("rest.address") + ":" + configuration.get("rest.port") + "/");
        this.rest = new ClusterRest(restEndpoint);
    }

    /** A builder of a cluster: one TaskManager with one slot unless told otherwise. */
    public static Builder builder() {
        return new Builder();
    }

    // ---- lifecycle

    private void start() {
        Runtime.getRuntime().addShutdownHook(new Thread(this::stop, "stop-" + name));
        List<String> command = javaCommand(jobManagerMemory, "env.java.opts.jobmanager", "jobmanager");
        command.add(JOB_MANAGER_CLASS);
        command.addAll(List.of("--configDir", confDirectory.toString(), "--executionMode", "cluster"));
        command.addAll(jobManagerMemory.dynamicProperties);
        jobManager = ManagedProcess.start(
                "flink-jobmanager", command, directory, environment(), logDirectory.resolve("jobmanager.out"));
        awaitReady(jobManager, logDirectory.resolve("jobmanager.log"), () -> rest.answers("overview"));
        LOG.info("Flink JobManager of {} answers on {} (PID {})", name, restEndpoint, jobManager.pid());
        List<Integer> started = new ArrayList<>();
        for (int i = 0; i < taskManagerCount; i++) {
            started.add(launchTaskManager());
        }
        for (int index : started) {
            awaitRegistered(index);
        }
    }

    /**
     * Stops the TaskManagers, then the JobManager (SIGTERM, then SIGKILL after 10 s), and deletes the
     * cluster's temporary directory but its logs. Idempotent.
     */
    public void stop() {
        List<ManagedProcess> processes;
        synchronized (this) {
            if (stopped) {
                return;
            }
            stopped = true;
            processes = new ArrayList<>(taskManagers);
        }
        processes.forEach(ManagedProcess::stop);
        if (jobManager != null) {
            jobManager.stop();
        }
        if (temporaryDirectory) {
            deleteAllBut(directory, logDirectory);
        }
    }

    @Override
    public void close() {
        stop();
    }

    /** Whether the JobManager runs (TaskManagers may have been killed). */
    public synchronized boolean isRunning() {
        return !stopped && jobManager != null && jobManager.isAlive();
    }

    // ---- where things are

    /** {@code http://127.0.0.1:<port>/}: the REST API and the web UI. */
    public URI restEndpoint() {
        return restEndpoint;
    }

    /** The cluster's directory: {@code conf/}, {@code plugins/}, {@code checkpoints/}, {@code savepoints/}, {@code tmp/}. */
    public Path directory() {
        return directory;
    }

    public Path checkpointDirectory() {
        return directory.resolve("checkpoints");
    }

    public Path savepointDirectory() {
        return directory.resolve("savepoints");
    }

    public Path pluginsDirectory() {
        return pluginsDirectory;
    }

    public Path logDirectory() {
        return logDirectory;
    }

    /** What {@code conf/config.yaml} holds. */
    public Map<String, String> configuration() {
        return configuration;
    }

    // ---- jars and jobs

    /** Uploads a job JAR ({@code POST /jars/upload}); returns its id on the cluster. */
    public String uploadJar(Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException("No JAR at " + jar.toAbsolutePath());
        }
        // The REST handler takes only names ending in .jar, and the name goes into a multipart header.
        String fileName = jar.getFileName().toString().replaceAll("[^A-Za-z0-9._-]", "_");
        if (!fileName.endsWith(".jar")) {
            fileName += ".jar";
        }
        JsonNode answer = rest.upload("jars/upload", jar, fileName);
        String stored = answer.path("filename").asText();
        if (!"success".equals(answer.path("status").asText()) || stored.isEmpty()) {
            throw new IllegalStateException("Uploading " + jar + " answered " + answer);
        }
        return Paths.get(stored).getFileName().toString();
    }

    /** Runs an uploaded JAR's {@code Main-Class} with these arguments ({@code POST /jars/:id/run}); returns at once. */
    public JobID run(String jarId, String... programArgs) {
        return run(jarId, null, false, programArgs);
    }

    /**
     * Runs an uploaded JAR from a savepoint or retained checkpoint; with {@code allowNonRestoredState}
     * false the job is refused when state of the savepoint has no operator to go to.
     */
    public JobID runFromSavepoint(
            String jarId, String savepointPath, boolean allowNonRestoredState, String... programArgs) {
        return run(jarId, savepointPath, allowNonRestoredState, programArgs);
    }

    /** Uploads and runs a JAR. */
    public JobID submit(Path jar, String... programArgs) {
        return run(uploadJar(jar), programArgs);
    }

    private JobID run(String jarId, String savepointPath, boolean allowNonRestoredState, String... programArgs) {
        ObjectNode body = rest.mapper().createObjectNode();
        body.putArray("programArgsList")
                .addAll(Arrays.stream(programArgs).map(body::textNode).collect(Collectors.toList()));
        if (savepointPath != null) {
            body.put("savepointPath", savepointPath);
            body.put("allowNonRestoredState", allowNonRestoredState);
        }
        JsonNode answer = rest.post("jars/" + jarId + "/run", body, ClusterRest.RUN_TIMEOUT);
        return JobID.fromHexString(answer.path("jobid").asText());
    }

    /** The job's status ({@code GET /jobs/:id}). */
    public JobStatus status(JobID job) {
        return JobStatus.valueOf(rest.get("jobs/" + job).path("state").asText());
    }

    /**
     * Waits until the job has {@code expected} status; fails at once, with the job's exceptions, if it
     * reaches another terminal status.
     */
    public void awaitStatus(JobID job, JobStatus expected, Duration timeout) {
        await(
                job + " " + expected,
                timeout,
                () -> {
                    JobStatus status = status(job);
                    if (status != expected && status.isGloballyTerminalState()) {
                        throw new AssertionError(
                                job + " ended " + status + " while waiting for " + expected + exceptionSummary(job));
                    }
                    return status == expected;
                },
                () -> "; status " + status(job) + exceptionSummary(job));
    }

    /** Waits until the job runs and every one of its tasks runs (or has finished, as a bounded source does). */
    public void awaitAllTasksRunning(JobID job, Duration timeout) {
        await(
                "every task of " + job + " running",
                timeout,
                () -> {
                    JsonNode details = rest.get("jobs/" + job);
                    JobStatus status = JobStatus.valueOf(details.path("state").asText());
                    if (status.isGloballyTerminalState()) {
                        throw new AssertionError(job + " ended " + status + " while waiting for its tasks to run"
                                + exceptionSummary(job));
                    }
                    if (status != JobStatus.RUNNING || details.path("vertices").size() == 0) {
                        return false;
                    }
                    for (JsonNode vertex : details.path("vertices")) {
                        String state = vertex.path("status").asText();
                        if (!state.equals("RUNNING") && !state.equals("FINISHED")) {
                            return false;
                        }
                    }
                    return true;
                },
                () -> "; vertices " + rest.get("jobs/" + job).path("vertices").findValuesAsText("status")
                        + exceptionSummary(job));
    }

    /** How many times the job restarted (its {@code numRestarts} metric; 0 before the metric is reported). */
    public long restarts(JobID job) {
        String value = jobMetrics(job, "numRestarts").get("numRestarts");
        return value == null ? 0 : (long) Double.parseDouble(value);
    }

    /** The job's failures, newest first: each the stack trace the JobManager recorded ({@code /jobs/:id/exceptions}). */
    public List<String> exceptions(JobID job) {
        List<String> traces = new ArrayList<>();
        for (JsonNode entry : rest.get("jobs/" + job + "/exceptions?maxExceptions=20")
                .path("exceptionHistory")
                .path("entries")) {
            traces.add(entry.path("stacktrace").asText());
        }
        return traces;
    }

    /** Job metrics by name ({@code /jobs/:id/metrics}); all of them when no name is given. Absent metrics are left out. */
    public Map<String, String> jobMetrics(JobID job, String... names) {
        List<String> wanted = new ArrayList<>(Arrays.asList(names));
        if (wanted.isEmpty()) {
            rest.get("jobs/" + job + "/metrics")
                    .forEach(metric -> wanted.add(metric.path("id").asText()));
        }
        Map<String, String> metrics = new TreeMap<>();
        if (wanted.isEmpty()) {
            return metrics;
        }
        for (JsonNode metric : rest.get("jobs/" + job + "/metrics?get=" + String.join(",", wanted))) {
            metrics.put(metric.path("id").asText(), metric.path("value").asText());
        }
        return metrics;
    }

    /** The number of completed checkpoints of the job ({@code /jobs/:id/checkpoints}). */
    public long completedCheckpoints(JobID job) {
        return rest.get("jobs/" + job + "/checkpoints")
                .path("counts")
                .path("completed")
                .asLong();
    }

    /** The savepoint or checkpoint the job last restored from, if any. */
    public Optional<String> restoredFrom(JobID job) {
        JsonNode restored =
                rest.get("jobs/" + job + "/checkpoints").path("latest").path("restored");
        return restored.hasNonNull("external_path")
                ? Optional.of(restored.path("external_path").asText())
                : Optional.empty();
    }

    /** The job's checkpointing as the JobManager runs it ({@code /jobs/:id/checkpoints/config}): {@code state_backend}, {@code interval}... */
    public Map<String, String> checkpointConfiguration(JobID job) {
        Map<String, String> settings = new TreeMap<>();
        rest.get("jobs/" + job + "/checkpoints/config")
                .fields()
                .forEachRemaining(field -> settings.put(
                        field.getKey(),
                        field.getValue().isValueNode()
                                ? field.getValue().asText()
                                : field.getValue().toString()));
        return settings;
    }

    /** Cancels the job and waits until it is CANCELED. */
    public void cancel(JobID job) {
        if (status(job).isGloballyTerminalState()) {
            return;
        }
        rest.patch("jobs/" + job + "?mode=cancel");
        awaitStatus(job, JobStatus.CANCELED, operationTimeout);
    }

    /** Cancels every job that has not ended and waits until each has. */
    public void cancelAllJobs() {
        for (JsonNode job : rest.get("jobs").path("jobs")) {
            JobID id = JobID.fromHexString(job.path("id").asText());
            if (!JobStatus.valueOf(job.path("status").asText()).isGloballyTerminalState()) {
                rest.patch("jobs/" + id + "?mode=cancel");
                await(id + " ended", operationTimeout, () -> status(id).isGloballyTerminalState(), () -> "");
            }
        }
    }

    /**
     * Stops the job with a savepoint in the cluster's savepoint directory ({@code POST /jobs/:id/stop}),
     * as MSF does on an update; returns the savepoint's path once the job has FINISHED.
     */
    public String stopWithSavepoint(JobID job) {
        return stopWithSavepoint(job, null);
    }

    /** As {@link #stopWithSavepoint(JobID)}, into {@code targetDirectory} (a URI such as {@code s3://bucket/savepoints}). */
    public String stopWithSavepoint(JobID job, String targetDirectory) {
        ObjectNode body = rest.mapper().createObjectNode();
        body.put("drain", false);
        body.put("formatType", "CANONICAL");
        if (targetDirectory != null) {
            body.put("targetDirectory", targetDirectory);
        }
        String trigger = rest.post("jobs/" + job + "/stop", body, ClusterRest.CALL_TIMEOUT)
                .path("request-id")
                .asText();
        String location = awaitSavepoint(job, trigger);
        awaitStatus(job, JobStatus.FINISHED, operationTimeout);
        return location;
    }

    /** Takes a savepoint of the running job ({@code POST /jobs/:id/savepoints}) without stopping it; {@code null} for the cluster's directory. */
    public String triggerSavepoint(JobID job, String targetDirectory) {
        ObjectNode body = rest.mapper().createObjectNode();
        body.put("cancel-job", false);
        body.put("formatType", "CANONICAL");
        if (targetDirectory != null) {
            body.put("target-directory", targetDirectory);
        }
        String trigger = rest.post("jobs/" + job + "/savepoints", body, ClusterRest.CALL_TIMEOUT)
                .path("request-id")
                .asText();
        return awaitSavepoint(job, trigger);
    }

    private String awaitSavepoint(JobID job, String trigger) {
        String[] location = new String[1];
        await(
                "savepoint " + trigger + " of " + job,
                operationTimeout,
                () -> {
                    JsonNode answer = rest.get("jobs/" + job + "/savepoints/" + trigger);
                    if (!"COMPLETED".equals(answer.path("status").path("id").asText())) {
                        return false;
                    }
                    JsonNode operation = answer.path("operation");
                    if (operation.has("failure-cause")) {
                        throw new AssertionError("The savepoint of " + job + " failed: "
                                + operation
                                        .path("failure-cause")
                                        .path("stack-trace")
                                        .asText(operation.path("failure-cause").toString()));
                    }
                    location[0] = operation.path("location").asText();
                    return true;
                },
                () -> "");
        return location[0];
    }

    /** The body of {@code GET <path>} on the REST API (for example {@code jobs/<id>/vertices/<vertex>/metrics}). */
    public String restGet(String path) {
        return rest.getText(path.startsWith("/") ? path.substring(1) : path);
    }

    // ---- processes

    public long jobManagerPid() {
        return jobManager.pid();
    }

    /**
     * Kills TaskManager {@code index} (in start order, from 0) with SIGKILL, as {@code kill -9} does: no
     * shutdown hook runs, its tasks and network connections vanish, and the JobManager learns of it by
     * missed heartbeats.
     */
    public void killTaskManager(int index) {
        ManagedProcess taskManager = taskManager(index);
        LOG.info("Killing TaskManager {} of {} (PID {})", index, name, taskManager.pid());
        taskManager.kill();
    }

    /** Starts one more TaskManager and waits until it has registered; returns its index. */
    public int startTaskManager() {
        int index = launchTaskManager();
        awaitRegistered(index);
        return index;
    }

    /** The PID of TaskManager {@code index} (for {@code jcmd <pid> GC.class_histogram} and the like). */
    public long taskManagerPid(int index) {
        return taskManager(index).pid();
    }

    /** The PIDs of the TaskManagers that are alive. */
    public synchronized List<Long> taskManagerPids() {
        return taskManagers.stream()
                .filter(ManagedProcess::isAlive)
                .map(ManagedProcess::pid)
                .collect(Collectors.toList());
    }

    /** The number of TaskManagers started so far, killed ones included: the next one's index. */
    public synchronized int taskManagersStarted() {
        return taskManagers.size();
    }

    /** The ids of the TaskManagers the JobManager knows ({@code taskmanager-<index>}). */
    public List<String> registeredTaskManagers() {
        List<String> ids = new ArrayList<>();
        rest.get("taskmanagers")
                .path("taskmanagers")
                .forEach(tm -> ids.add(tm.path("id").asText()));
        return ids;
    }

    /** Starts TaskManagers until as many are alive as the cluster started with. */
    void restoreTaskManagers() {
        while (taskManagerPids().size() < taskManagerCount) {
            startTaskManager();
        }
    }

    private synchronized ManagedProcess taskManager(int index) {
        if (index < 0 || index >= taskManagers.size()) {
            throw new IllegalArgumentException("No TaskManager " + index + ": " + taskManagers.size() + " started");
        }
        return taskManagers.get(index);
    }

    private int launchTaskManager() {
        int index;
        synchronized (this) {
            if (stopped) {
                throw new IllegalStateException(name + " is stopped");
            }
            index = taskManagers.size();
            String id = taskManagerId(index);
            List<String> command = javaCommand(taskManagerMemory, "env.java.opts.taskmanager", id);
            command.add(TASK_MANAGER_CLASS);
            command.addAll(List.of(
                    "--configDir",
                    confDirectory.toString(),
                    "-D",
                    "taskmanager.resource-id=" + id,
                    "-D",
                    "taskmanager.rpc.port=" + FreePorts.next(),
                    "-D",
                    "taskmanager.data.port=" + FreePorts.next()));
            command.addAll(taskManagerMemory.dynamicProperties);
            taskManagers.add(ManagedProcess.start(
                    "flink-" + id, command, directory, environment(), logDirectory.resolve(id + ".out")));
        }
        return index;
    }

    private void awaitRegistered(int index) {
        String id = taskManagerId(index);
        ManagedProcess taskManager = taskManager(index);
        awaitReady(
                taskManager,
                logDirectory.resolve(id + ".log"),
                () -> registeredTaskManagers().contains(id));
        LOG.info("Flink TaskManager {} of {} registered (PID {})", index, name, taskManager.pid());
    }

    private static String taskManagerId(int index) {
        return "taskmanager-" + index;
    }

    /** Waits for a process to be ready; on failure the message ends with its Log4j file, where Flink writes why. */
    private void awaitReady(ManagedProcess process, Path log, Callable<Boolean> ready) {
        try {
            process.awaitReady(ready, startTimeout);
        } catch (IllegalStateException e) {
            throw new IllegalStateException(e.getMessage() + "\nLog " + log + ":\n" + ManagedProcess.tail(log, 60), e);
        }
    }

    /** {@code java}, memory flags, module options, {@code env.java.opts.*}, Log4j, class path: what bin/flink-daemon.sh runs. */
    private List<String> javaCommand(ProcessMemory memory, String processOptionsKey, String processName) {
        List<String> command = new ArrayList<>();
        command.add(Paths.get(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-XX:+IgnoreUnrecognizedVMOptions");
        command.addAll(memory.jvmOptions);
        command.addAll(JAVA_MODULE_OPTIONS);
        command.addAll(splitOptions(configuration.get("env.java.opts.all")));
        command.addAll(splitOptions(configuration.get(processOptionsKey)));
        URI log4j = confDirectory.resolve("log4j.properties").toUri();
        command.add("-Dlog.file=" + logDirectory.resolve(processName + ".log"));
        command.add("-Dlog4j.configuration=" + log4j);
        command.add("-Dlog4j.configurationFile=" + log4j);
        // Names the process for jcmd and ps: <cluster>/<process>.
        command.add("-Dflinkblocks.cluster=" + name + "/" + processName);
        command.add("-classpath");
        command.add(classpath);
        return command;
    }

    private Map<String, String> environment() {
        Map<String, String> environment = new LinkedHashMap<>();
        environment.put("FLINK_CONF_DIR", confDirectory.toString());
        environment.put("FLINK_PLUGINS_DIR", pluginsDirectory.toString());
        environment.put("FLINK_LOG_DIR", logDirectory.toString());
        return environment;
    }

    private static List<String> splitOptions(String options) {
        if (options == null || options.isBlank()) {
            return List.of();
        }
        return Arrays.asList(options.trim().split("\\s+"));
    }

    // ---- logs

    /** Every file of the log directory: each process's Log4j file and standard output. */
    public List<Path> logFiles() {
        try (Stream<Path> files = Files.list(logDirectory)) {
            return files.filter(Files::isRegularFile).sorted().collect(Collectors.toList());
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list " + logDirectory, e);
        }
    }

    public Path jobManagerLog() {
        return logDirectory.resolve("jobmanager.log");
    }

    public Path taskManagerLog(int index) {
        return logDirectory.resolve(taskManagerId(index) + ".log");
    }

    /** Scans every log file for the planted secrets ({@link SecretsScanner#ofPlantedSecrets()}). */
    public SecretsScanner.Result scanLogs() {
        return scanLogs(SecretsScanner.ofPlantedSecrets());
    }

    public SecretsScanner.Result scanLogs(SecretsScanner scanner) {
        return scanner.scan(logFiles());
    }

    // ---- waiting

    private String exceptionSummary(JobID job) {
        try {
            List<String> exceptions = exceptions(job);
            if (exceptions.isEmpty()) {
                return "";
            }
            String latest = exceptions.get(0);
            return "; latest of " + exceptions.size() + " failure(s): "
                    + latest.substring(0, Math.min(latest.length(), 4000));
        } catch (RuntimeException e) {
            return "";
        }
    }

    /**
     * Polls {@code condition} (every 200 ms) until it holds; throws an AssertionError naming {@code what} at
     * the deadline. A REST call that fails meanwhile counts as not yet.
     */
    public static void await(String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, condition, () -> "");
    }

    /**
     * {@link #await} for a condition on what {@code job} wrote, failing at once with the job's latest
     * failure if the job fails meanwhile, instead of waiting out the timeout for output that cannot come.
     */
    public void awaitWithoutFailure(JobID job, String what, Duration timeout, BooleanSupplier condition) {
        await(what, timeout, () -> {
            List<String> failures = exceptions(job);
            if (!failures.isEmpty()) {
                throw new AssertionError(job + " failed while waiting for " + what + ": " + failures.get(0));
            }
            return condition.getAsBoolean();
        });
    }

    static void await(String what, Duration timeout, BooleanSupplier condition, Supplier<String> diagnostics) {
        long deadline = System.nanoTime() + timeout.toNanos();
        RuntimeException lastFailure = null;
        while (true) {
            try {
                if (condition.getAsBoolean()) {
                    return;
                }
                lastFailure = null;
            } catch (ClusterRest.RestCallException | UncheckedIOException e) {
                // The cluster may be busy (a job restarting, a metric not reported yet): retried until the deadline.
                lastFailure = e;
            }
            if (System.nanoTime() > deadline) {
                String details;
                try {
                    details = diagnostics.get();
                } catch (RuntimeException e) {
                    details = "";
                }
                throw new AssertionError("Timed out after " + timeout.toSeconds() + " s waiting for " + what + details
                        + (lastFailure == null ? "" : "; last call: " + lastFailure.getMessage()));
            }
            try {
                TimeUnit.NANOSECONDS.sleep(Math.min(POLL.toNanos(), Math.max(0, deadline - System.nanoTime())) + 1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("Interrupted while waiting for " + what, e);
            }
        }
    }

    // ---- files

    private static Path defaultLogDirectory(Path directory, String name) {
        String testLog = System.getProperty(TEST_LOG_PROPERTY);
        if (testLog != null && !testLog.isBlank() && Paths.get(testLog).getParent() != null) {
            return Paths.get(testLog).toAbsolutePath().getParent().resolve(name);
        }
        return directory.resolve("log");
    }

    /** The defaults (as MSF runs jobs, sized for CI), then the builder's settings. */
    private static Map<String, String> configuration(Builder builder, Path directory) throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("jobmanager.rpc.address", "127.0.0.1");
        settings.put("jobmanager.rpc.port", Integer.toString(FreePorts.next()));
        settings.put("jobmanager.bind-host", "127.0.0.1");
        settings.put("jobmanager.memory.process.size", builder.jobManagerMemory);
        settings.put("blob.server.port", Integer.toString(FreePorts.next()));
        settings.put("rest.address", "127.0.0.1");
        settings.put("rest.bind-address", "127.0.0.1");
        settings.put("rest.port", Integer.toString(FreePorts.next()));
        // MSF takes JARs up to 512 MiB.
        settings.put("rest.server.max-content-length", Integer.toString(512 * 1024 * 1024));
        settings.put(
                "web.upload.dir",
                Files.createDirectories(directory.resolve("web-upload")).toString());
        settings.put(
                "web.tmpdir", Files.createDirectories(directory.resolve("web")).toString());
        settings.put("taskmanager.host", "127.0.0.1");
        settings.put("taskmanager.bind-host", "127.0.0.1");
        settings.put("taskmanager.memory.process.size", builder.taskManagerMemory);
        settings.put("taskmanager.numberOfTaskSlots", Integer.toString(builder.slots));
        settings.put("parallelism.default", "1");
        settings.put(
                "io.tmp.dirs", Files.createDirectories(directory.resolve("tmp")).toString());
        settings.put("state.backend.type", "rocksdb");
        settings.put("execution.checkpointing.incremental", "true");
        settings.put(
                "execution.checkpointing.dir",
                Files.createDirectories(directory.resolve("checkpoints"))
                        .toUri()
                        .toString());
        settings.put(
                "execution.checkpointing.savepoint-dir",
                Files.createDirectories(directory.resolve("savepoints")).toUri().toString());
        settings.put("execution.checkpointing.interval", "2 s");
        settings.put("execution.checkpointing.max-concurrent-checkpoints", "1");
        settings.put("execution.checkpointing.num-retained", "1");
        settings.put("execution.checkpointing.externalized-checkpoint-retention", "DELETE_ON_CANCELLATION");
        settings.put("execution.checkpointing.data-inline-threshold", "1mb");
        settings.put("restart-strategy.type", "fixed-delay");
        settings.put("restart-strategy.fixed-delay.attempts", Integer.toString(Integer.MAX_VALUE));
        settings.put("restart-strategy.fixed-delay.delay", "1 s");
        settings.put("heartbeat.interval", "2 s");
        settings.put("heartbeat.timeout", "20 s");
        settings.put("metrics.fetcher.update-interval", "1 s");
        settings.putAll(builder.settings);
        return settings;
    }

    /** Flat keys, every value a double-quoted YAML string (Flink converts it to the option's type). */
    static String yaml(Map<String, String> settings) {
        StringBuilder yaml = new StringBuilder("# Written by flink-blocks' FlinkStandaloneCluster.\n");
        settings.forEach((key, value) -> yaml.append(key)
                .append(": \"")
                .append(value.replace("\\", "\\\\")
                        .replace("\"", "\\\"")
                        .replace("\n", "\\n")
                        .replace("\t", "\\t"))
                .append("\"\n"));
        return yaml.toString();
    }

    /** A distribution's conf/log4j.properties: one file per process ({@code log.file}), INFO, noisy libraries quieter. */
    static String log4j(Map<String, String> levels) {
        List<String> lines = new ArrayList<>(List.of(
                "rootLogger.level = INFO",
                "rootLogger.appenderRef.file.ref = MainAppender",
                "logger.pekko.name = org.apache.pekko",
                "logger.pekko.level = INFO",
                "logger.hadoop.name = org.apache.hadoop",
                "logger.hadoop.level = WARN",
                "logger.zookeeper.name = org.apache.zookeeper",
                "logger.zookeeper.level = INFO",
                "logger.shaded_zookeeper.name = org.apache.flink.shaded.zookeeper3",
                "logger.shaded_zookeeper.level = INFO",
                "logger.netty.name = org.jboss.netty.channel.DefaultChannelPipeline",
                "logger.netty.level = OFF",
                "appender.main.name = MainAppender",
                "appender.main.type = File",
                "appender.main.append = true",
                "appender.main.fileName = ${sys:log.file}",
                "appender.main.layout.type = PatternLayout",
                "appender.main.layout.pattern = %d{yyyy-MM-dd HH:mm:ss,SSS} %-5p %-60c %x - %m%n"));
        int i = 0;
        for (Map.Entry<String, String> level : levels.entrySet()) {
            lines.add("logger.custom" + i + ".name = " + level.getKey());
            lines.add("logger.custom" + i + ".level = " + level.getValue());
            i++;
        }
        return String.join("\n", lines) + "\n";
    }

    private static void deleteAllBut(Path directory, Path keep) {
        try (Stream<Path> paths = Files.walk(directory)) {
            paths.sorted(Comparator.reverseOrder())
                    .filter(path -> !path.startsWith(keep) && !keep.startsWith(path))
                    .forEach(path -> path.toFile().delete());
        } catch (IOException | UncheckedIOException e) {
            // Best effort: a leftover temporary folder is harmless.
        }
        if (!keep.startsWith(directory)) {
            directory.toFile().delete();
        }
    }

    @Override
    public String toString() {
        return name + " (" + restEndpoint + ", " + directory + ")";
    }

    // ---- memory

    /** The JVM options and dynamic properties of a process's memory, as Flink's BashJavaUtils computes them for bin/*.sh. */
    static final class ProcessMemory {
        final List<String> jvmOptions;
        final List<String> dynamicProperties;

        private ProcessMemory(String jvmOptions, String dynamicProperties) {
            this.jvmOptions = splitOptions(jvmOptions);
            this.dynamicProperties = splitOptions(dynamicProperties);
        }

        static ProcessMemory jobManager(Configuration configuration) {
            JobManagerProcessSpec spec = JobManagerProcessUtils.processSpecFromConfigWithNewOptionToInterpretLegacyHeap(
                    configuration, JobManagerOptions.TOTAL_FLINK_MEMORY);
            return new ProcessMemory(
                    JobManagerProcessUtils.generateJvmParametersStr(spec, configuration),
                    JobManagerProcessUtils.generateDynamicConfigsStr(spec));
        }

        static ProcessMemory taskManager(Configuration configuration) {
            TaskExecutorProcessSpec spec = TaskExecutorProcessUtils.processSpecFromConfig(
                    TaskExecutorProcessUtils.getConfigurationMapLegacyTaskManagerHeapSizeToConfigOption(
                            configuration, TaskManagerOptions.TOTAL_FLINK_MEMORY));
            return new ProcessMemory(
                    ProcessMemoryUtils.generateJvmParametersStr(spec),
                    TaskExecutorProcessUtils.generateDynamicConfigsStr(spec));
        }
    }

    // ---- builder

    /** The settings of a cluster; {@link #start()} starts one. */
    @PublicEvolving
    public static final class Builder {
        private int taskManagers = 1;
        private int slots = 1;
        private String jobManagerMemory = "768m";
        private String taskManagerMemory = "1280m";
        private final Map<String, String> settings = new LinkedHashMap<>();
        private final Map<String, String> logLevels = new LinkedHashMap<>();
        private boolean s3Plugin = true;
        private Path directory;
        private Path logDirectory;
        private Duration startTimeout = Duration.ofMinutes(3);
        private Duration operationTimeout = Duration.ofMinutes(3);

        private Builder() {}

        /** How many TaskManagers start with the cluster (default 1). */
        public Builder taskManagers(int count) {
            if (count < 0) {
                throw new IllegalArgumentException("A negative number of TaskManagers: " + count);
            }
            this.taskManagers = count;
            return this;
        }

        /** Task slots per TaskManager (default 1). */
        public Builder slotsPerTaskManager(int slots) {
            if (slots < 1) {
                throw new IllegalArgumentException("A TaskManager needs at least one slot, not " + slots);
            }
            this.slots = slots;
            return this;
        }

        /** {@code jobmanager.memory.process.size} (default 768m). */
        public Builder jobManagerMemory(String processSize) {
            this.jobManagerMemory = processSize;
            return this;
        }

        /** {@code taskmanager.memory.process.size} (default 1280m, of which 256m metaspace). */
        public Builder taskManagerMemory(String processSize) {
            this.taskManagerMemory = processSize;
            return this;
        }

        /** A setting of {@code config.yaml}, over the defaults (for example {@code LocalS3#flinkConfiguration()}'s). */
        public Builder configure(String key, String value) {
            settings.put(key, value);
            return this;
        }

        public Builder configure(Map<String, String> settings) {
            this.settings.putAll(settings);
            return this;
        }

        /** A logger's level in the cluster's processes ({@code "org.apache.flink.runtime.checkpoint", "DEBUG"}). */
        public Builder logLevel(String logger, String level) {
            logLevels.put(logger, level);
            return this;
        }

        /** Whether {@code flink-s3-fs-hadoop} is installed as a plugin (default true, as on MSF). */
        public Builder s3Plugin(boolean install) {
            this.s3Plugin = install;
            return this;
        }

        /** The cluster's directory (kept at stop); by default a temporary one, deleted at stop but its logs. */
        public Builder directory(Path directory) {
            this.directory = directory;
            return this;
        }

        /** Where the processes' logs go; by default beside the test JVM's log under {@code target/test-logs/}, else {@code <directory>/log}. */
        public Builder logDirectory(Path logDirectory) {
            this.logDirectory = logDirectory;
            return this;
        }

        /** How long a process may take to start (default 3 min: a loaded 2-core machine is slow). */
        public Builder startTimeout(Duration timeout) {
            this.startTimeout = timeout;
            return this;
        }

        /** How long a savepoint or a cancellation may take (default 3 min). */
        public Builder operationTimeout(Duration timeout) {
            this.operationTimeout = timeout;
            return this;
        }

        /** Starts the JobManager, then the TaskManagers, and returns once every TaskManager has registered. */
        public FlinkStandaloneCluster start() {
            FlinkStandaloneCluster cluster;
            Path folder = null;
            try {
                folder = directory != null
                        ? Files.createDirectories(directory)
                        : Files.createTempDirectory("flink-blocks-cluster-");
                cluster = new FlinkStandaloneCluster(this, folder, directory == null);
            } catch (IOException | RuntimeException e) {
                if (directory == null && folder != null) {
                    deleteAllBut(folder, folder.resolve("log"));
                }
                if (e instanceof IOException) {
                    throw new UncheckedIOException("Cannot prepare the Flink cluster's directory", (IOException) e);
                }
                throw (RuntimeException) e;
            }
            try {
                cluster.start();
            } catch (RuntimeException | Error e) {
                cluster.stop();
                throw e;
            }
            return cluster;
        }

        /** What makes two builders start the same cluster: the key of a cluster shared by test classes. */
        String key() {
            return String.join(
                    "|",
                    Integer.toString(taskManagers),
                    Integer.toString(slots),
                    jobManagerMemory,
                    taskManagerMemory,
                    new TreeMap<>(settings).toString(),
                    logLevels.toString(),
                    Boolean.toString(s3Plugin),
                    String.valueOf(directory),
                    String.valueOf(logDirectory));
        }
    }
}
