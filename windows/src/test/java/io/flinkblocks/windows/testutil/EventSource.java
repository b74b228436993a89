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

import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.java.tuple.Tuple3;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.functions.source.RichParallelSourceFunction;
import org.apache.flink.streaming.api.watermark.Watermark;

/**
 * Emits {@link TestEvents} with timestamps and a watermark of (max timestamp - bound - 1) after each
 * event, so the order of records and watermarks on each subtask is fixed and results are repeatable.
 * Each subtask emits its own sequence. With {@link #checkpointHalfway()}, each subtask stops halfway
 * until two checkpoints have completed, so that the window state is written and snapshotted mid-stream
 * however fast the job runs.
 */
@SuppressWarnings("deprecation")
public final class EventSource extends RichParallelSourceFunction<Tuple3<String, Long, Double>>
        implements CheckpointListener {

    private static final long serialVersionUID = 1L;

    private final long eventsPerSubtask;
    private final long step;
    private final long disorder;
    private final double lateFraction;
    private final long lateBy;
    private final long bound;
    private boolean checkpointHalfway;
    private volatile boolean running = true;
    private transient Object checkpoints;
    private transient long completedCheckpoints;

    public EventSource(long eventsPerSubtask, long step, long disorder, double lateFraction, long lateBy, long bound) {
        this.eventsPerSubtask = eventsPerSubtask;
        this.step = step;
        this.disorder = disorder;
        this.lateFraction = lateFraction;
        this.lateBy = lateBy;
        this.bound = bound;
    }

    /**
     * Each subtask stops after half its events until two more checkpoints have completed: the second
     * started after the stop, so it holds the state of the first half. The job must checkpoint.
     */
    public EventSource checkpointHalfway() {
        this.checkpointHalfway = true;
        return this;
    }

    @Override
    public void open(Configuration parameters) throws Exception {
        super.open(parameters);
        checkpoints = new Object();
        completedCheckpoints = 0;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
        synchronized (checkpoints) {
            completedCheckpoints++;
            checkpoints.notifyAll();
        }
    }

    private void awaitCheckpoints(long count) throws InterruptedException {
        synchronized (checkpoints) {
            long target = completedCheckpoints + count;
            while (running && completedCheckpoints < target) {
                checkpoints.wait(50); // woken by notifyCheckpointComplete; the timeout only rechecks running
            }
        }
    }

    @Override
    public void run(SourceContext<Tuple3<String, Long, Double>> ctx) throws InterruptedException {
        long seed = getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() + 1;
        long max = Long.MIN_VALUE;
        for (long i = 0; i < eventsPerSubtask && running; i++) {
            if (checkpointHalfway && i == eventsPerSubtask / 2) {
                awaitCheckpoints(2);
            }
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
