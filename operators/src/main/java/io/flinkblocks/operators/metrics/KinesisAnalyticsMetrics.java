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

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.metrics.Counter;
import org.apache.flink.metrics.Gauge;
import org.apache.flink.metrics.Meter;
import org.apache.flink.metrics.MeterView;
import org.apache.flink.metrics.MetricGroup;

/**
 * Counters, meters and gauges in the {@code KinesisAnalytics} metric group: MSF exports only the
 * metrics of that group to CloudWatch. Locally and on self-managed clusters they appear like any other
 * operator metric, under the same group.
 *
 * <pre>{@code
 * deadLetters = KinesisAnalyticsMetrics.counter(getRuntimeContext(), "deadLetterRecords");
 * }</pre>
 */
@PublicEvolving
public final class KinesisAnalyticsMetrics {

    /** The group MSF exports to CloudWatch. */
    public static final String GROUP = "KinesisAnalytics";

    /** CloudWatch rejects metric names longer than this. */
    public static final int MAX_NAME_LENGTH = 255;

    private KinesisAnalyticsMetrics() {}

    /** The {@code KinesisAnalytics} group under the operator's own metric group. */
    public static MetricGroup group(RuntimeContext context) {
        return group(context.getMetricGroup());
    }

    /** The {@code KinesisAnalytics} group under {@code parent}. */
    public static MetricGroup group(MetricGroup parent) {
        return parent.addGroup(GROUP);
    }

    public static Counter counter(RuntimeContext context, String name) {
        return counter(context.getMetricGroup(), name);
    }

    public static Counter counter(MetricGroup parent, String name) {
        return group(parent).counter(sanitize(name));
    }

    /** A meter of events per second, averaged over 60 s, fed by {@link Meter#markEvent()}. */
    public static Meter meter(RuntimeContext context, String name) {
        return meter(context.getMetricGroup(), name);
    }

    public static Meter meter(MetricGroup parent, String name) {
        return group(parent).meter(sanitize(name), new MeterView(60));
    }

    public static <T, G extends Gauge<T>> G gauge(RuntimeContext context, String name, G gauge) {
        return gauge(context.getMetricGroup(), name, gauge);
    }

    public static <T, G extends Gauge<T>> G gauge(MetricGroup parent, String name, G gauge) {
        return group(parent).gauge(sanitize(name), gauge);
    }

    /**
     * A name CloudWatch accepts and that survives Flink's metric reporters unchanged: ASCII letters,
     * digits, {@code _}, {@code -} and {@code .}; anything else becomes {@code _}; at most 255 characters.
     * Spaces and slashes in names otherwise end up as different, surprising names in CloudWatch.
     */
    public static String sanitize(String name) {
        if (name == null || name.isBlank()) {
            throw new IllegalArgumentException("metric name must not be blank");
        }
        String trimmed = name.trim();
        StringBuilder out = new StringBuilder(Math.min(trimmed.length(), MAX_NAME_LENGTH));
        for (int i = 0; i < trimmed.length() && out.length() < MAX_NAME_LENGTH; i++) {
            char c = trimmed.charAt(i);
            boolean allowed = (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c == '-'
                    || c == '.';
            out.append(allowed ? c : '_');
        }
        return out.toString();
    }
}
