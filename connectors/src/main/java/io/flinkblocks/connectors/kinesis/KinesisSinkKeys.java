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

import io.flinkblocks.connectors.aws.AsyncSinkSettings;

/** The keys of a Kinesis sink group, besides the AWS client keys. */
final class KinesisSinkKeys {

    /** The stream to write, by name. */
    public static final String STREAM_NAME = "stream.name";
    /** The stream to write, by ARN (used when no name is given). */
    public static final String STREAM_ARN = "stream.arn";

    /** Our keys plus the batch and buffer keys of {@link AsyncSinkSettings}. */
    public static final List<String> ALL;

    static {
        List<String> keys = new ArrayList<>(List.of(STREAM_NAME, STREAM_ARN));
        keys.addAll(AsyncSinkSettings.KEYS);
        ALL = Collections.unmodifiableList(keys);
    }

    private KinesisSinkKeys() {}
}
