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
package io.flinkblocks.operators.watermarks;

import org.apache.flink.annotation.PublicEvolving;

/** How a timestamp field is written. */
@PublicEvolving
public enum TimestampFormat {
    /** Decide per value: numbers are epoch millis, text with an offset or {@code Z} is an offset date-time, other text a local date-time. */
    AUTO,
    /** {@code 2026-11-24T10:15:30.123}, read in the configured zone (the guide's {@code event_time}). */
    ISO_LOCAL_DATE_TIME,
    /** {@code 2026-11-24T10:15:30.123Z} or {@code ...+01:00}. */
    ISO_OFFSET_DATE_TIME,
    /** Milliseconds since 1970-01-01T00:00Z, as a number or as text. */
    EPOCH_MILLIS
}
