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
package io.flinkblocks.connectors.kinesis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.connectors.aws.AsyncSinkSettings;
import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;

/** The options of a Kinesis sink group, besides the AWS client keys. */
@PublicEvolving
public final class KinesisSinkOptions {

    public static final PropertyOption<String> STREAM_NAME = PropertyOption.key(KinesisStreams.NAME_KEY)
            .stringType()
            .noDefaultValue("this or `stream.arn` required")
            .description("the stream to write, by name");
    public static final PropertyOption<String> STREAM_ARN = PropertyOption.key(KinesisStreams.ARN_KEY)
            .stringType()
            .noDefaultValue("this or `stream.name` required")
            .description("the stream to write, by ARN (used when no name is given); with both, the same stream");

    /** Our options plus the batching and buffering options under the Kinesis Data Streams limits. */
    public static final List<PropertyOption<?>> OPTIONS;

    static final List<String> KEYS;

    static {
        List<PropertyOption<?>> options = new ArrayList<>(List.of(STREAM_NAME, STREAM_ARN));
        options.addAll(AsyncSinkSettings.ServiceLimits.KINESIS_DATA_STREAMS.options());
        OPTIONS = Collections.unmodifiableList(options);
        KEYS = PropertyOptions.keys(OPTIONS);
    }

    private KinesisSinkOptions() {}
}
