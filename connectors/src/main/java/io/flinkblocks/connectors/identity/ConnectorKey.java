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
package io.flinkblocks.connectors.identity;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;

import org.apache.flink.annotation.PublicEvolving;

import io.flinkblocks.runtime.PropertyOption;
import io.flinkblocks.runtime.PropertyOptions;

/**
 * The key that selects the connector of a source or sink group, and the known keys of a group built by
 * a connector. In a leaf package so that the connectors and the entry points that choose among them
 * share it without depending on each other.
 */
@PublicEvolving
public final class ConnectorKey {

    /** The key that selects the connector of a group, for sources and sinks alike. */
    public static final String KEY = "connector";

    private ConnectorKey() {}

    /**
     * The keys of a connector's declared options plus {@value #KEY}, which selects it: the known keys of
     * a group built by that connector.
     */
    public static List<String> keysWithConnector(Collection<? extends PropertyOption<?>> options) {
        List<String> keys = new ArrayList<>();
        keys.add(KEY);
        keys.addAll(PropertyOptions.keys(options));
        return Collections.unmodifiableList(keys);
    }
}
