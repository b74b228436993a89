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
package io.flinkblocks.runtime;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * What the blocks of one job asked of its application properties while the job graph was defined:
 * the groups asked for (present or not), the keys read in each group, and the keys and prefixes a
 * connector declared as its own (its pass-through keys). {@link UnknownKeys} compares this with the
 * file afterwards: a key nothing read is a key nothing will ever use, usually a misspelling.
 *
 * <p>During a preflight ({@code --validate}) it also collects the problems of keys that have a
 * default, so the job graph can be defined to the end and every problem reported in one run.
 */
final class PropertyReads {

    private final Set<String> groupsAsked = ConcurrentHashMap.newKeySet();
    private final Map<String, Set<String>> keysRead = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> prefixesAccepted = new ConcurrentHashMap<>();
    private final Set<String> groupsAcceptedWhole = ConcurrentHashMap.newKeySet();
    private volatile List<InvalidPropertiesException> collected;

    void groupAsked(String group) {
        groupsAsked.add(group);
    }

    void keyRead(String group, String key) {
        keysRead.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet()).add(key);
    }

    void keysAccepted(String group, Collection<String> keys, Collection<String> prefixes) {
        keysRead.computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet()).addAll(keys);
        prefixesAccepted
                .computeIfAbsent(group, g -> ConcurrentHashMap.newKeySet())
                .addAll(prefixes);
    }

    void groupAcceptedWhole(String group) {
        groupsAcceptedWhole.add(group);
    }

    Set<String> groupsAsked() {
        return Set.copyOf(groupsAsked);
    }

    /** The keys read or declared in a group: the candidates of a "did you mean". */
    Set<String> keysKnown(String group) {
        return Set.copyOf(keysRead.getOrDefault(group, Set.of()));
    }

    boolean isKnown(String group, String key) {
        if (groupsAcceptedWhole.contains(group)
                || keysRead.getOrDefault(group, Set.of()).contains(key)) {
            return true;
        }
        for (String prefix : prefixesAccepted.getOrDefault(group, Set.of())) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** Starts collecting problems instead of throwing them, where an accessor has a default to go on with. */
    void startCollecting() {
        collected = new ArrayList<>();
    }

    /** Whether the problem was collected (preflight); if not, the caller throws it. */
    synchronized boolean collect(InvalidPropertiesException problem) {
        if (collected == null) {
            return false;
        }
        collected.add(problem);
        return true;
    }

    synchronized List<InvalidPropertiesException> collected() {
        return collected == null ? List.of() : List.copyOf(collected);
    }
}
