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

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.flinkblocks.runtime.PropertyGroup;

/** Stream names and ARNs, shared by the source and sink factories. */
final class KinesisStreams {

    /** The key naming a stream, in source and sink groups. */
    static final String NAME_KEY = "stream.name";
    /** The key naming a stream by its ARN, in source and sink groups. */
    static final String ARN_KEY = "stream.arn";

    private static final Pattern STREAM_ARN =
            Pattern.compile("arn:aws[a-z-]*:kinesis:[a-z0-9-]+:\\d{12}:stream/([a-zA-Z0-9_.-]{1,128})");

    private KinesisStreams() {}

    /** Checks an ARN, and that it names the same stream as the name key when both are set. */
    static void checkArn(PropertyGroup group, String arnKey, String arn, String name, String nameKey) {
        Matcher matcher = STREAM_ARN.matcher(arn);
        if (!matcher.matches()) {
            throw group.invalidValue(
                    arnKey, "a Kinesis stream ARN such as arn:aws:kinesis:us-east-1:123456789012:stream/name");
        }
        if (name != null && !matcher.group(1).equals(name)) {
            throw group.error(arnKey, "names stream '" + matcher.group(1) + "' but " + nameKey + " is '" + name + "'");
        }
    }

    static String nameFromArn(String arn) {
        return arn.substring(arn.lastIndexOf('/') + 1);
    }
}
