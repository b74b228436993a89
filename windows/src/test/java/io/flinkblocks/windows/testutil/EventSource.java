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
package io.flinkblocks.windows.testutil;

import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.streaming.api.functions.source.RichParallelSourceFunction;
import org.apache.flink.streaming.api.watermark.Watermark;

/**
 * Emits {@link TestEvents} with timestamps and a watermark of (max timestamp - bound - 1) after each
 * event, so the order of records and watermarks on each subtask is fixed and results are repeatable.
 * Each subtask emits its own sequence.
 */
@SuppressWarnings("deprecation")
public final class EventSource extends RichParallelSourceFunction<Tuple3<String, Long, Double>> {

    private static final long serialVersionUID = 1L;

    private final long eventsPerSubtask;
    private final long step;
    private final long disorder;
    private final double lateFraction;
    private final long lateBy;
    private final long bound;
    private volatile boolean running = true;

    public EventSource(long eventsPerSubtask, long step, long disorder, double lateFraction, long lateBy, long bound) {
        this.eventsPerSubtask = eventsPerSubtask;
        this.step = step;
        this.disorder = disorder;
        this.lateFraction = lateFraction;
        this.lateBy = lateBy;
        this.bound = bound;
    }

    @Override
    public void run(SourceContext<Tuple3<String, Long, Double>> ctx) {
        long seed = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() + 1;
        long max = Long.MIN_VALUE;
        for (long i = 0; i < eventsPerSubtask && running; i++) {
            Tuple3<String, Long, Double> event = TestEvents.event(seed, i, step, disorder, lateFraction, lateBy);
            synchronized (ctx.getCheckpointLock()) {
                ctx.collectWithTimestamp(event, event.f1);
                if (event.f1 > max) {
                    max = event.f1;
                    ctx.emitWatermark(new Watermark(max - bound - 1));
                }
            }
        }
    }

    @Override
    public void cancel() {
        running = false;
    }
}
