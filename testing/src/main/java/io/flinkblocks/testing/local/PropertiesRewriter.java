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
package io.flinkblocks.testing.local;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Points the property groups of one file at the local stand-ins: every key {@link ServiceKeys} names
 * gets the value of its {@link LocalSetting}; every other key keeps its value. The input is not changed.
 */
final class PropertiesRewriter {

    private PropertiesRewriter() {}

    /** The rewritten groups, in the file's order, with what they need from the local services. */
    static final class Rewritten {
        private final Map<String, Map<String, String>> groups = new LinkedHashMap<>();
        private final Set<LocalResource> resources = new LinkedHashSet<>();
        private final Set<LocalService> services = EnumSet.noneOf(LocalService.class);
        private final Set<LocalSetting> settings = EnumSet.noneOf(LocalSetting.class);
        private final List<String> rewrittenKeys = new ArrayList<>();
        private final List<String> leftAlone = new ArrayList<>();

        Map<String, Map<String, String>> groups() {
            return Collections.unmodifiableMap(groups);
        }

        /** The streams, delivery streams, topics and buckets the groups name on the local services. */
        Set<LocalResource> resources() {
            return Collections.unmodifiableSet(resources);
        }

        /** The local services the groups now point at, or name resources on. */
        Set<LocalService> services() {
            return Collections.unmodifiableSet(services);
        }

        /** The settings given local values. */
        Set<LocalSetting> settings() {
            return Collections.unmodifiableSet(settings);
        }

        /** {@code group key} of every key given a local value: names only, never values. */
        List<String> rewrittenKeys() {
            return Collections.unmodifiableList(rewrittenKeys);
        }

        /** What no local stand-in serves, and was left as it is. */
        List<String> leftAlone() {
            return Collections.unmodifiableList(leftAlone);
        }
    }

    static Rewritten rewrite(Map<String, Map<String, String>> groups, LocalEndpoints endpoints) {
        Rewritten result = new Rewritten();
        groups.forEach((groupId, group) -> {
            ServiceKeys.GroupServices found = ServiceKeys.of(groupId, group);
            Map<String, String> rewritten = new LinkedHashMap<>(group);
            found.settings().forEach((key, setting) -> {
                rewritten.put(key, endpoints.value(setting));
                result.services.add(setting.service());
                result.settings.add(setting);
                result.rewrittenKeys.add(groupId + " " + key);
            });
            found.resources().forEach(resource -> {
                result.resources.add(resource);
                result.services.add(resource.service());
            });
            result.leftAlone.addAll(found.leftAlone());
            result.groups.put(groupId, rewritten);
        });
        return result;
    }

    /** The local services the groups need, found without any running: to know which to start. */
    static Set<LocalService> servicesNeeded(Map<String, Map<String, String>> groups) {
        return rewrite(groups, setting -> "").services();
    }
}
