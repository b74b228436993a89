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
package io.flinkblocks.connectors;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.assertj.core.api.AbstractThrowableAssert;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

import io.flinkblocks.runtime.InvalidPropertiesException;

/** Assertions on the one exception bad properties raise, which names the key at fault and the reason. */
public final class PropertyErrors {

    private PropertyErrors() {}

    /** Asserts that {@code building} fails with an {@link InvalidPropertiesException} naming {@code key}. */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertRejectsKey(
            ThrowingCallable building, String key) {
        return assertThatThrownBy(building)
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("key '" + key + "'");
    }

    /** As {@link #assertRejectsKey(ThrowingCallable, String)}, with a message that gives {@code reason}. */
    public static AbstractThrowableAssert<?, ? extends Throwable> assertRejectsKey(
            ThrowingCallable building, String key, String reason) {
        return assertRejectsKey(building, key).hasMessageContaining(reason);
    }
}
