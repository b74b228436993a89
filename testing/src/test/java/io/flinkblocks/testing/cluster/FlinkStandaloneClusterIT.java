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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.apache.flink.api.common.JobID;
import org.apache.flink.api.common.JobStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.flinkblocks.testing.cluster.job.CountingJob;
import io.flinkblocks.testing.s3.LocalS3;
import io.flinkblocks.testing.s3.LocalS3Extension;
import io.flinkblocks.testing.secrets.SecretsScanner;

/**
 * One job through the life MSF gives it, on a real cluster (a JobManager and a TaskManager JVM): the JAR
 * uploaded and run, RocksDB with incremental checkpoints, stopped with a savepoint and run again from it,
 * a savepoint written to the local S3 through the s3-fs-hadoop plugin, its TaskManager killed with
 * {@code kill -9} and the job back on a new one, canceled; then no planted secret in any log although
 * the S3 secret key is in the cluster's configuration. One test, in order, to keep the cluster's work
 * (and the build's time) to one job's life.
 */
class FlinkStandaloneClusterIT {

    private static final Logger LOG = LoggerFactory.getLogger(FlinkStandaloneClusterIT.class);
    private static final Duration TIMEOUT = Duration.ofSeconds(90);

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    // The local S3 starts first: its endpoint goes into the cluster's configuration.
    @RegisterExtension
    static final FlinkClusterExtension FLINK = FlinkClusterExtension.shared(
            FlinkStandaloneCluster.builder().configure(LocalS3.get().flinkConfiguration()));

    @Test
    void aJobRunsIsStoppedWithASavepointRestoresAndSurvivesAKilledTaskManager(
            FlinkStandaloneCluster flink, LocalS3 s3, @TempDir Path folder) throws IOException {
        long start = System.nanoTime();
        String jar = flink.uploadJar(JobJars.pack(CountingJob.class, folder));
        // A main that throws is refused with its exception, as the JobManager reports it.
        assertThatThrownBy(() -> flink.run(jar, "--no-such-argument", "1"))
                .hasMessageContaining("HTTP 400")
                .hasMessageContaining("Unknown argument --no-such-argument");
        JobID first = flink.run(jar, "--rate", "50");
        flink.awaitAllTasksRunning(first, TIMEOUT);
        step("first job running", start);

        // The state backend MSF runs: RocksDB (its instance on the TaskManager's disk), incremental checkpoints.
        assertThat(flink.checkpointConfiguration(first)).containsEntry("state_backend", "EmbeddedRocksDBStateBackend");
        assertThat(jobManagerSetting(flink, "execution.checkpointing.incremental"))
                .isEqualTo("true");
        FlinkStandaloneCluster.await(
                "a checkpoint of " + first, TIMEOUT, () -> flink.completedCheckpoints(first) >= 1, () -> "");
        assertThat(rocksDbInstances(flink.directory()))
                .as("RocksDB instances under " + flink.directory())
                .isNotEmpty();
        step("checkpointed on RocksDB", start);

        String savepoint = flink.stopWithSavepoint(first);
        assertThat(flink.status(first)).isEqualTo(JobStatus.FINISHED);
        assertThat(Paths.get(URI.create(savepoint)).resolve("_metadata")).isRegularFile();
        assertThat(Paths.get(URI.create(savepoint))).startsWith(flink.savepointDirectory());
        step("stopped with savepoint " + savepoint, start);

        JobID second = flink.runFromSavepoint(jar, savepoint, false, "--rate", "50");
        flink.awaitAllTasksRunning(second, TIMEOUT);
        assertThat(flink.restoredFrom(second))
                .hasValueSatisfying(path -> assertThat(path)
                        .endsWith(Paths.get(URI.create(savepoint)).getFileName().toString()));
        step("second job running from the savepoint", start);

        // s3:// through the plugin, to the local S3 whose settings the cluster's configuration holds.
        String bucket = s3.bucket("cluster-savepoints");
        String s3Savepoint = flink.triggerSavepoint(second, "s3://" + bucket + "/savepoints");
        assertThat(s3Savepoint).startsWith("s3://" + bucket + "/savepoints/");
        assertThat(s3.listObjects(bucket, "savepoints/"))
                .anySatisfy(key -> assertThat(key).endsWith("/_metadata"));
        step("savepoint on S3 " + s3Savepoint, start);

        FlinkStandaloneCluster.await(
                "a checkpoint of " + second, TIMEOUT, () -> flink.completedCheckpoints(second) >= 1, () -> "");
        long killed = flink.taskManagerPid(0);
        flink.killTaskManager(0);
        FlinkStandaloneCluster.await(second + " restarting", TIMEOUT, () -> flink.restarts(second) >= 1, () -> "");
        step("TaskManager killed, job restarting", start);
        int replacement = flink.startTaskManager();
        flink.awaitAllTasksRunning(second, TIMEOUT);
        assertThat(flink.taskManagerPids())
                .containsExactly(flink.taskManagerPid(replacement))
                .doesNotContain(killed);
        assertThat(flink.restarts(second)).isGreaterThanOrEqualTo(1);
        assertThat(flink.exceptions(second))
                .anySatisfy(trace -> assertThat(trace).contains("taskmanager-0"));
        step("job running again on TaskManager " + replacement, start);

        flink.cancel(second);
        assertThat(flink.status(second)).isEqualTo(JobStatus.CANCELED);
        step("canceled", start);

        assertThat(flink.logFiles())
                .contains(flink.jobManagerLog(), flink.taskManagerLog(0), flink.taskManagerLog(replacement));
        SecretsScanner.Result scan = flink.scanLogs();
        assertThat(scan.findings())
                .as("lines of the cluster's logs holding a planted secret")
                .isEmpty();
        // The S3 secret key was there, hidden: Flink prints it as ****** when it loads the configuration.
        assertThat(scan.redactionMarkerLines()).isPositive();
    }

    private static void step(String what, long start) {
        LOG.info(
                "{} after {} s",
                what,
                Duration.ofNanos(System.nanoTime() - start).toSeconds());
    }

    /** A setting as the JobManager loaded it ({@code GET /jobmanager/config}). */
    private static String jobManagerSetting(FlinkStandaloneCluster flink, String key) throws IOException {
        for (JsonNode entry : new ObjectMapper().readTree(flink.restGet("jobmanager/config"))) {
            if (entry.path("key").asText().equals(key)) {
                return entry.path("value").asText();
            }
        }
        return null;
    }

    /** Folders holding a RocksDB instance: its CURRENT file and a MANIFEST. */
    private static List<Path> rocksDbInstances(Path directory) {
        try (Stream<Path> files = Files.walk(directory)) {
            return files.filter(file -> file.getFileName().toString().equals("CURRENT"))
                    .map(Path::getParent)
                    .filter(folder -> {
                        try (Stream<Path> siblings = Files.list(folder)) {
                            return siblings.anyMatch(
                                    sibling -> sibling.getFileName().toString().startsWith("MANIFEST-"));
                        } catch (IOException e) {
                            return false;
                        }
                    })
                    .collect(Collectors.toList());
        } catch (IOException | UncheckedIOException e) {
            throw new IllegalStateException("Cannot walk " + directory, e);
        }
    }
}
