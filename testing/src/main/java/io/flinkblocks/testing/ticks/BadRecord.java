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
package io.flinkblocks.testing.ticks;

import java.util.Arrays;

import org.apache.flink.annotation.PublicEvolving;

/**
 * One payload that is not a valid stock tick, and the name of the dead-letter reason it must get
 * ({@code MALFORMED_JSON}, {@code NOT_UTF8}, ...: the test kit does not depend on the module that
 * defines the reasons, so they are named here as they are written).
 */
@PublicEvolving
public final class BadRecord {

    private final byte[] payload;
    private final String reason;

    BadRecord(byte[] payload, String reason) {
        this.payload = payload.clone();
        this.reason = reason;
    }

    /** The bytes a producer sends. */
    public byte[] payload() {
        return payload.clone();
    }

    /** The reason the dead letter of this payload must name. */
    public String reason() {
        return reason;
    }

    @Override
    public String toString() {
        return reason + " " + Arrays.toString(payload);
    }
}
