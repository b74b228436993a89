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
package io.flinkblocks.testing.flink;

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RuntimeContext;
import org.apache.flink.api.common.functions.util.FunctionUtils;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.runtime.state.FunctionInitializationContext;
import org.apache.flink.runtime.state.FunctionSnapshotContext;
import org.apache.flink.streaming.api.checkpoint.CheckpointedFunction;
import org.apache.flink.streaming.api.functions.source.ParallelSourceFunction;
import org.apache.flink.streaming.api.functions.source.RichParallelSourceFunction;
import org.apache.flink.streaming.api.functions.source.SourceFunction;
import org.apache.flink.streaming.api.watermark.Watermark;

/**
 * A parallel source function (the legacy source API, such as the Kinesis consumer's) as another one is,
 * but each record it emits passes {@link FailOnce} first: its life cycle, state and checkpoints are
 * the wrapped function's. {@link FailOnceSourceEnvironment} puts it around the source functions of a
 * job.
 */
@Internal
@SuppressWarnings("deprecation") // the legacy source API, as the sources it wraps use it
final class FailOnceSourceFunction<T> extends RichParallelSourceFunction<T>
        implements CheckpointedFunction, CheckpointListener {

    private static final long serialVersionUID = 1L;

    private final SourceFunction<T> function;
    private final FailOnce<T> failOnce = new FailOnce<>();

    private FailOnceSourceFunction(SourceFunction<T> function) {
        this.function = function;
    }

    /** Wraps a parallel source function; a failure in a source of parallelism one is no test of a restart here. */
    static <T> SourceFunction<T> wrap(SourceFunction<T> function) {
        if (!(function instanceof ParallelSourceFunction)) {
            throw new IllegalArgumentException(
                    "FailOnceSourceEnvironment wraps parallel source functions only, not " + function);
        }
        return new FailOnceSourceFunction<>(function);
    }

    @Override
    public void setRuntimeContext(RuntimeContext context) {
        super.setRuntimeContext(context);
        FunctionUtils.setFunctionRuntimeContext(function, context);
    }

    @Override
    public void open(OpenContext openContext) throws Exception {
        FunctionUtils.openFunction(function, openContext);
    }

    @Override
    public void close() throws Exception {
        FunctionUtils.closeFunction(function);
    }

    @Override
    public void initializeState(FunctionInitializationContext context) throws Exception {
        if (function instanceof CheckpointedFunction) {
            ((CheckpointedFunction) function).initializeState(context);
        }
    }

    @Override
    public void snapshotState(FunctionSnapshotContext context) throws Exception {
        if (function instanceof CheckpointedFunction) {
            ((CheckpointedFunction) function).snapshotState(context);
        }
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        if (function instanceof CheckpointListener) {
            ((CheckpointListener) function).notifyCheckpointComplete(checkpointId);
        }
    }

    @Override
    public void notifyCheckpointAborted(long checkpointId) throws Exception {
        if (function instanceof CheckpointListener) {
            ((CheckpointListener) function).notifyCheckpointAborted(checkpointId);
        }
    }

    @Override
    public void run(SourceContext<T> context) throws Exception {
        function.run(new Context<>(context, failOnce));
    }

    @Override
    public void cancel() {
        function.cancel();
    }

    /** The source context, passing every record through {@link FailOnce} before it goes on. */
    private static final class Context<T> implements SourceContext<T> {

        private final SourceContext<T> context;
        private final FailOnce<T> failOnce;

        Context(SourceContext<T> context, FailOnce<T> failOnce) {
            this.context = context;
            this.failOnce = failOnce;
        }

        @Override
        public void collect(T record) {
            context.collect(failOnce.map(record));
        }

        @Override
        public void collectWithTimestamp(T record, long timestamp) {
            context.collectWithTimestamp(failOnce.map(record), timestamp);
        }

        @Override
        public void emitWatermark(Watermark mark) {
            context.emitWatermark(mark);
        }

        @Override
        public void markAsTemporarilyIdle() {
            context.markAsTemporarilyIdle();
        }

        @Override
        public Object getCheckpointLock() {
            return context.getCheckpointLock();
        }

        @Override
        public void close() {
            context.close();
        }
    }
}
