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
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.flink.api.java.operators.translation.WrappingFunction;
import org.apache.flink.streaming.api.functions.source.ParallelSourceFunction;
import org.apache.flink.streaming.api.functions.source.SourceFunction;

/**
 * A parallel source function (the legacy source API, such as the Kinesis consumer's) as another one is,
 * but each record it emits passes {@link FailOnce} first. Its life cycle is the wrapped function's, and
 * so are its state and checkpoints: Flink finds the state of a {@link WrappingFunction}'s wrapped
 * function. {@link FailOnceSourceEnvironment} puts it around the source functions of a job.
 */
@Internal
@SuppressWarnings("deprecation") // the legacy source API, as the sources it wraps use it
final class FailOnceSourceFunction<T> extends WrappingFunction<SourceFunction<T>>
        implements ParallelSourceFunction<T>, CheckpointListener {

    private static final long serialVersionUID = 1L;

    private final FailOnce<Object> failOnce = new FailOnce<>();

    private FailOnceSourceFunction(SourceFunction<T> function) {
        super(function);
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
    @SuppressWarnings("unchecked")
    public void run(SourceContext<T> context) throws Exception {
        wrappedFunction.run(FailOnceOutput.of(SourceContext.class, context, failOnce));
    }

    @Override
    public void cancel() {
        wrappedFunction.cancel();
    }

    // Flink tells only the function it holds of completed checkpoints; it does not look inside.
    @Override
    public void notifyCheckpointComplete(long checkpointId) throws Exception {
        if (wrappedFunction instanceof CheckpointListener) {
            ((CheckpointListener) wrappedFunction).notifyCheckpointComplete(checkpointId);
        }
    }
}
