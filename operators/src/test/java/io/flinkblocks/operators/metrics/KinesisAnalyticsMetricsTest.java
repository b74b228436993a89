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
package io.flinkblocks.operators.metrics;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;

import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Meter;
import org.apache.flink.metrics.MetricGroup;
import org.apache.flink.metrics.groups.UnregisteredMetricsGroup;
import org.junit.jupiter.api.Test;

class KinesisAnalyticsMetricsTest {

    /** Records the full path of every metric registered through it. */
    private static final class RecordingGroup extends UnregisteredMetricsGroup {
        final String path;
        final List<String> registered;

        RecordingGroup(String path, List<String> registered) {
            this.path = path;
            this.registered = registered;
        }

        @Override
        public MetricGroup addGroup(String name) {
            return new RecordingGroup(path + name + ".", registered);
        }

        @Override
        public <C extends Counter> C counter(String name, C counter) {
            registered.add(path + name);
            return counter;
        }

        @Override
        public Counter counter(String name) {
            return counter(name, new org.apache.flink.metrics.SimpleCounter());
        }

        @Override
        public <M extends Meter> M meter(String name, M meter) {
            registered.add(path + name);
            return meter;
        }

        @Override
        public <T, G extends Gauge<T>> G gauge(String name, G gauge) {
            registered.add(path + name);
            return gauge;
        }
    }

    @Test
    void registersEveryMetricUnderTheKinesisAnalyticsGroup() {
        List<String> registered = new ArrayList<>();
        RecordingGroup operator = new RecordingGroup("", registered);
        Counter counter = KinesisAnalyticsMetrics.counter(operator, "deadLetterRecords");
        counter.inc(2);
        KinesisAnalyticsMetrics.meter(operator, "lateRecordsPerSecond");
        KinesisAnalyticsMetrics.gauge(operator, "open windows", () -> 3);
        assertThat(registered)
                .containsExactly(
                        "KinesisAnalytics.deadLetterRecords",
                        "KinesisAnalytics.lateRecordsPerSecond",
                        "KinesisAnalytics.open_windows");
        assertThat(counter.getCount()).isEqualTo(2);
    }

    @Test
    void sanitizesNamesToWhatCloudWatchAccepts() {
        assertThat(KinesisAnalyticsMetrics.sanitize("records/second (AMZN)")).isEqualTo("records_second__AMZN_");
        assertThat(KinesisAnalyticsMetrics.sanitize(" late.records-1 ")).isEqualTo("late.records-1");
        assertThat(KinesisAnalyticsMetrics.sanitize("prix€")).isEqualTo("prix_");
        StringBuilder longName = new StringBuilder();
        for (int i = 0; i < 300; i++) {
            longName.append('a');
        }
        assertThat(KinesisAnalyticsMetrics.sanitize(longName.toString())).hasSize(255);
        assertThatThrownBy(() -> KinesisAnalyticsMetrics.sanitize(" ")).isInstanceOf(IllegalArgumentException.class);
    }
}
