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
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import org.apache.flink.configuration.CheckpointingOptions;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.CoreOptions;
import org.apache.flink.configuration.GlobalConfiguration;
import org.apache.flink.configuration.HeartbeatManagerOptions;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FlinkStandaloneClusterTest {

    @TempDir
    Path folder;

    @Test
    void flinkReadsTheConfigurationAsWritten() throws IOException {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("heartbeat.interval", "2 s");
        settings.put("execution.checkpointing.incremental", "true");
        settings.put("restart-strategy.fixed-delay.attempts", Integer.toString(Integer.MAX_VALUE));
        settings.put("env.java.opts.all", "-Da=\"quoted\" -Db=back\\slash");
        Files.write(
                folder.resolve("config.yaml"),
                FlinkStandaloneCluster.yaml(settings).getBytes(StandardCharsets.UTF_8));

        Configuration loaded = GlobalConfiguration.loadConfiguration(folder.toString());

        assertThat(loaded.get(HeartbeatManagerOptions.HEARTBEAT_INTERVAL)).isEqualTo(Duration.ofSeconds(2));
        assertThat(loaded.get(CheckpointingOptions.INCREMENTAL_CHECKPOINTS)).isTrue();
        assertThat(loaded.get(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS))
                .isEqualTo(Integer.MAX_VALUE);
        assertThat(loaded.get(CoreOptions.FLINK_JVM_OPTIONS)).isEqualTo("-Da=\"quoted\" -Db=back\\slash");
    }

    @Test
    void memoryFlagsAreFlinksOwnForTheProcessSizes() {
        Configuration configuration = new Configuration();
        configuration.setString("jobmanager.memory.process.size", "768m");
        configuration.setString("taskmanager.memory.process.size", "1280m");

        FlinkStandaloneCluster.ProcessMemory jobManager =
                FlinkStandaloneCluster.ProcessMemory.jobManager(configuration);
        FlinkStandaloneCluster.ProcessMemory taskManager =
                FlinkStandaloneCluster.ProcessMemory.taskManager(configuration);

        // 768m less 256m metaspace, 192m overhead and 128m off-heap.
        assertThat(jobManager.jvmOptions).contains("-Xmx201326592", "-XX:MaxMetaspaceSize=268435456");
        // The TaskManager keeps Flink's default 256 MiB metaspace.
        assertThat(taskManager.jvmOptions)
                .contains("-XX:MaxMetaspaceSize=268435456")
                .anySatisfy(option -> assertThat(option).startsWith("-Xmx"))
                .anySatisfy(option -> assertThat(option).startsWith("-XX:MaxDirectMemorySize="));
        assertThat(taskManager.dynamicProperties).contains("-D", "taskmanager.memory.jvm-metaspace.size=268435456b");
        assertThat(taskManager.dynamicProperties)
                .filteredOn(p -> !p.equals("-D"))
                .hasSize(taskManager.dynamicProperties.size() / 2);
    }

    @Test
    void log4jWritesOneFilePerProcessWithTheLevelsAsked() {
        Map<String, String> levels = new LinkedHashMap<>();
        levels.put("org.apache.flink.runtime.checkpoint", "DEBUG");

        String properties = FlinkStandaloneCluster.log4j(levels);

        assertThat(properties)
                .contains(
                        "appender.main.fileName = ${sys:log.file}",
                        "rootLogger.level = INFO",
                        "logger.custom0.name = org.apache.flink.runtime.checkpoint",
                        "logger.custom0.level = DEBUG");
    }

    @Test
    void theBuilderRefusesImpossibleClusters() {
        assertThatThrownBy(() -> FlinkStandaloneCluster.builder().taskManagers(-1))
                .hasMessageContaining("negative");
        assertThatThrownBy(() -> FlinkStandaloneCluster.builder().slotsPerTaskManager(0))
                .hasMessageContaining("at least one slot");
        assertThat(FlinkStandaloneCluster.builder().configure("a", "1").key())
                .isEqualTo(FlinkStandaloneCluster.builder().configure("a", "1").key())
                .isNotEqualTo(
                        FlinkStandaloneCluster.builder().configure("a", "2").key());
    }

    @Test
    void theJvmsGetTheModuleOptionsOfADistribution() {
        assertThat(FlinkStandaloneCluster.JAVA_MODULE_OPTIONS)
                .contains(
                        "--add-opens=java.base/java.util=ALL-UNNAMED",
                        "--add-opens=java.base/java.lang=ALL-UNNAMED",
                        "--add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED")
                .hasSize(20);
    }
}
