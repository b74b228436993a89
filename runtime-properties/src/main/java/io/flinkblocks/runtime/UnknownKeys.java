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
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one policy for keys and groups of the application properties that nothing read: once the job
 * graph is defined, {@link JobLauncher} reports each of them, with the nearest key (or group) that was
 * read as a "did you mean", and fails the start. A connector block declares its pass-through keys
 * (the connector's own option names and prefixes, see {@link PropertyGroup#checkKnownKeys}), so those
 * count as read. A key nothing reads is a key that changes nothing: usually a misspelling
 * ({@code window.sizee}) that would otherwise leave a default quietly in place.
 *
 * <p>{@value #KEY}{@code =WARN} turns the failure into a warning: in group
 * {@value StreamEnvironmentSettings#DEFAULT_GROUP} for every group, or in one group for that group
 * (its own setting wins). Only key and group names are reported, never a value.
 */
@PublicEvolving
public final class UnknownKeys {

    private static final Logger LOG = LoggerFactory.getLogger(UnknownKeys.class);

    /** {@code FAIL} (default) or {@code WARN}. */
    public static final String KEY = "unknown.keys";

    /** What to do about a key or a group nothing read. */
    public enum Policy {
        FAIL,
        WARN
    }

    /** The policy of a group (in {@value StreamEnvironmentSettings#DEFAULT_GROUP}: of every group), declared once. */
    public static final PropertyOption<Policy> POLICY = PropertyOption.key(KEY)
            .enumType(Policy.class)
            .defaultValue(Policy.FAIL)
            .description("an unknown key fails the start with \"did you mean\"; `WARN` logs it");

    private UnknownKeys() {}

    /**
     * Logs the unknown keys of groups whose policy is {@code WARN}, and throws one exception naming
     * every other one.
     */
    static void check(ApplicationProperties properties) {
        List<InvalidPropertiesException> failing = new ArrayList<>();
        for (InvalidPropertiesException problem : find(properties, List.of())) {
            if (isWarning(properties, problem)) {
                LOG.warn("{}", problem.getMessage());
            } else {
                failing.add(problem);
            }
        }
        if (failing.size() == 1) {
            InvalidPropertiesException only = failing.get(0);
            throw new InvalidPropertiesException(
                    only.getSource(), only.getGroup(), only.getKey(), reasonOf(only) + " (" + switchHint() + ")");
        }
        if (!failing.isEmpty()) {
            throw new InvalidPropertiesException(
                    properties.source(),
                    null,
                    null,
                    failing.size()
                            + " keys or groups that nothing in the job reads (" + switchHint() + "):"
                            + failing.stream().map(p -> "\n  " + p.getMessage()).collect(Collectors.joining()));
        }
    }

    /**
     * Every group nothing asked for and every key nothing read, except those already among
     * {@code reported} (the same group and key).
     */
    static List<InvalidPropertiesException> find(
            ApplicationProperties properties, List<InvalidPropertiesException> reported) {
        PropertyReads reads = properties.reads();
        List<InvalidPropertiesException> problems = new ArrayList<>();
        if (reads == null) {
            return problems;
        }
        // The groups the job asked for are taken before the policy keys are read (reading them asks
        // for every group); the policy keys are read first so that they are never reported themselves.
        Set<String> groupsAsked = reads.groupsAsked();
        for (String group : properties.groupNames()) {
            policy(properties, group);
        }
        for (String group : properties.groupNames()) {
            if (!groupsAsked.contains(group)) {
                String hint = KeySuggestions.nearest(group, groupsAsked)
                        .map(g -> "did you mean '" + g + "'?")
                        .orElse("the groups it reads: " + String.join(", ", new TreeSet<>(groupsAsked)));
                problems.add(new InvalidPropertiesException(
                        properties.source(), group, null, "no block of this job reads this group; " + hint));
                continue;
            }
            Set<String> known = reads.keysKnown(group);
            for (String key : properties.group(group).keys()) {
                if (reads.isKnown(group, key) || alreadyReported(reported, group, key)) {
                    continue;
                }
                String hint = KeySuggestions.nearest(key, known)
                        .map(k -> "did you mean '" + k + "'?")
                        .orElse(
                                known.isEmpty()
                                        ? "the job reads no key of this group"
                                        : "the keys it reads here: " + String.join(", ", new TreeSet<>(known)));
                problems.add(new InvalidPropertiesException(
                        properties.source(), group, key, "unknown key, nothing in the job reads it; " + hint));
            }
        }
        return problems;
    }

    /** Whether the policy of the problem's group is {@code WARN}. */
    static boolean isWarning(ApplicationProperties properties, InvalidPropertiesException problem) {
        return policy(properties, problem.getGroup()) == Policy.WARN;
    }

    private static Policy policy(ApplicationProperties properties, String group) {
        PropertyGroup own = properties.group(group);
        if (own.contains(KEY)) {
            return own.get(POLICY);
        }
        return properties.groupOrEmpty(StreamEnvironmentSettings.DEFAULT_GROUP).get(POLICY);
    }

    private static boolean alreadyReported(List<InvalidPropertiesException> reported, String group, String key) {
        return reported.stream().anyMatch(p -> group.equals(p.getGroup()) && key.equals(p.getKey()));
    }

    /** The reason of a problem, without the source, group and key its message starts with. */
    private static String reasonOf(InvalidPropertiesException problem) {
        String message = problem.getMessage();
        String marker =
                problem.getKey() != null ? "key '" + problem.getKey() + "': " : "group '" + problem.getGroup() + "': ";
        int at = message.indexOf(marker);
        return at < 0 ? message : message.substring(at + marker.length());
    }

    private static String switchHint() {
        return KEY + "=WARN in group " + StreamEnvironmentSettings.DEFAULT_GROUP + " runs the job anyway";
    }
}
