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
package io.flinkblocks.connectors.firehose;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.connectors.aws.AsyncSinkSettings;
import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;

/**
 * The options of a Firehose sink group, besides the AWS client keys. Apart from {@link FirehoseSinks}
 * so that they load without the Firehose connector (a job's preflight or a test of its README).
 */
@PublicEvolving
public final class FirehoseSinkOptions {

    public static final PropertyOption<String> DELIVERY_STREAM_NAME = PropertyOption.key("delivery.stream.name")
            .stringType()
            .noDefaultValue("required")
            .description("1 to 64 letters, digits, `_`, `.` or `-`");

    /** Our option plus the batching and buffering options under the Firehose limits, in the order of the README's table. */
    public static final List<PropertyOption<?>> OPTIONS;

    static final List<String> KEYS;

    static {
        List<PropertyOption<?>> options = new ArrayList<>(List.of(DELIVERY_STREAM_NAME));
        options.addAll(AsyncSinkSettings.ServiceLimits.FIREHOSE.options());
        OPTIONS = Collections.unmodifiableList(options);
        KEYS = PropertyOptions.keys(OPTIONS);
    }

    private FirehoseSinkOptions() {}
}
