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
package io.flinkblocks.testing;

import org.apache.flink.annotation.PublicEvolving;

/**
 * The {@link ShadedJobJarContract} of a window job from Kinesis to Kinesis: it ships the window block,
 * the JSON parse and both Kinesis connectors, and stays under 35 MiB.
 *
 * <pre>{@code
 * class ShadedJarIT extends KinesisWindowJobJarContract {
 *     ShadedJarIT() { super(SlidingWindowJob.class); }
 * }
 * }</pre>
 */
@PublicEvolving
public abstract class KinesisWindowJobJarContract extends ShadedJobJarContract {

    protected KinesisWindowJobJarContract(Class<?> mainClass) {
        super(
                mainClass,
                "io.flinkblocks.windows.WindowBlock",
                "io.flinkblocks.operators.json.JsonParse",
                "org.apache.flink.streaming.connectors.kinesis.FlinkKinesisConsumer",
                "org.apache.flink.connector.kinesis.sink.KinesisStreamsSink");
    }

    /** Without the Kinesis Producer Library's native binaries a job JAR is about 31 MiB. */
    @Override
    protected long maxJarBytes() {
        return 35L * 1024 * 1024;
    }
}
