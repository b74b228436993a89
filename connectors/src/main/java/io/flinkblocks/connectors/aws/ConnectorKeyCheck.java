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
package io.flinkblocks.connectors.aws;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.apache.flink.annotation.Internal;

import io.flinkblocks.connectors.identity.ConnectorKey;
import io.flinkblocks.runtime.PropertyGroup;
import io.flinkblocks.runtime.UnknownKeys;

/**
 * Checks the keys of a connector group against the keys its factory knows. An unknown key fails the
 * build by default, naming the nearest known key: the MSF guide itself misspells connector keys, and
 * a connector silently ignores a key it does not know. {@value #UNKNOWN_KEYS}{@code =WARN} turns the
 * failure into a warning, for connector keys this library does not list: the policy of
 * {@link UnknownKeys}, which {@code JobLauncher} applies to every group once the job is defined.
 */
@Internal
public final class ConnectorKeyCheck {

    /** FAIL (default) or WARN: {@link UnknownKeys#KEY}. */
    public static final String UNKNOWN_KEYS = UnknownKeys.KEY;

    /** The key that selects the connector in {@code StreamSources}/{@code StreamSinks} groups. */
    public static final String CONNECTOR = ConnectorKey.KEY;

    private ConnectorKeyCheck() {}

    /** Checks every key of the group; the AWS client keys and the selection keys are always known. */
    public static void check(
            PropertyGroup group, Collection<String> connectorKeys, Collection<String> passThroughPrefixes) {
        List<String> known = new ArrayList<>(connectorKeys);
        known.addAll(AwsClientOptions.KEYS);
        known.add(CONNECTOR);
        List<String> prefixes = new ArrayList<>(passThroughPrefixes);
        prefixes.addAll(AwsClientKeys.PASS_THROUGH_PREFIXES);
        boolean strict = group.get(UnknownKeys.POLICY) == UnknownKeys.Policy.FAIL;
        group.checkKnownKeys(known, strict, prefixes.toArray(new String[0]));
    }
}
