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

import java.io.Serializable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One property group ({@code PropertyGroupId}) of the application properties, with typed accessors.
 *
 * <p>Each accessor comes with and without a default. Without one, a missing key is an error; with
 * one, a missing or blank value gives the default. A value that does not parse, or is out of range,
 * is always an error. Every error is an {@link InvalidPropertiesException} naming the source, the
 * group and the key, and the value unless the key is secret (see {@link SecretKeys}).
 *
 * <p>The group is serializable, so it can be handed to functions that run on the task managers.
 */
@PublicEvolving
public final class PropertyGroup implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(PropertyGroup.class);

    private final String source;
    private final String name;
    private final TreeMap<String, String> values;
    /** What the job read, while its graph is defined; not needed, and not sent, on the task managers. */
    private final transient PropertyReads reads;

    public PropertyGroup(String source, String name, java.util.Map<String, String> values) {
        this(source, name, values, null);
    }

    PropertyGroup(String source, String name, java.util.Map<String, String> values, PropertyReads reads) {
        this.source = source;
        this.name = name;
        this.values = new TreeMap<>(values);
        this.reads = reads;
    }

    /** An empty group: every accessor with a default returns the default. */
    public static PropertyGroup empty(String source, String name) {
        return new PropertyGroup(source, name, Collections.emptyMap());
    }

    /** A group built in code, for tests and for jobs that take no file. */
    public static PropertyGroup of(String name, java.util.Map<String, String> values) {
        return new PropertyGroup("code", name, values);
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    /** The keys present, sorted. */
    public Set<String> keys() {
        return Collections.unmodifiableSet(values.keySet());
    }

    public boolean contains(String key) {
        recordRead(key);
        return values.containsKey(key);
    }

    public boolean isEmpty() {
        return values.isEmpty();
    }

    /** A copy of the group as {@link Properties}, to pass through to a connector untouched. */
    public Properties asProperties() {
        Properties properties = new Properties();
        properties.putAll(values);
        return properties;
    }

    /** A mutable copy of the group's keys and values, as written. */
    public java.util.Map<String, String> asMap() {
        return new java.util.HashMap<>(values);
    }

    /** A copy of this group with other values laid over it: the other values win. */
    public PropertyGroup with(java.util.Map<String, String> overrides) {
        TreeMap<String, String> merged = new TreeMap<>(values);
        merged.putAll(overrides);
        return new PropertyGroup(source, name, merged, reads);
    }

    // ---- strings

    /** The value of a key that must be present and not blank. */
    public String required(String key) {
        return optional(key).orElseThrow(() -> error(key, "missing required key" + presentKeysHint()));
    }

    /** The value, or the default when the key is absent or blank. */
    public String get(String key, String defaultValue) {
        return optional(key).orElse(defaultValue);
    }

    /** The value, trimmed, when present and not blank. */
    public Optional<String> optional(String key) {
        recordRead(key);
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            return Optional.empty();
        }
        return Optional.of(value.trim());
    }

    // ---- numbers

    public int getInt(String key) {
        return parse(required(key), key, Integer::parseInt, "an integer");
    }

    public int getInt(String key, int defaultValue) {
        return parsedOrDefault(key, defaultValue, v -> parse(v, key, Integer::parseInt, "an integer"));
    }

    /** An integer within {@code [min, max]}; the default is returned when the key is absent. */
    public int getInt(String key, int defaultValue, int min, int max) {
        int value = getInt(key, defaultValue);
        return orDefault(defaultValue, () -> checkRange(key, value, min, max));
    }

    public long getLong(String key) {
        return parse(required(key), key, Long::parseLong, "an integer");
    }

    public long getLong(String key, long defaultValue) {
        return parsedOrDefault(key, defaultValue, v -> parse(v, key, Long::parseLong, "an integer"));
    }

    /** A long within {@code [min, max]}; the default is returned when the key is absent. */
    public long getLong(String key, long defaultValue, long min, long max) {
        long value = getLong(key, defaultValue);
        return orDefault(defaultValue, () -> checkRange(key, value, min, max));
    }

    public double getDouble(String key) {
        return parse(required(key), key, PropertyGroup::parseFiniteDouble, "a finite number");
    }

    public double getDouble(String key, double defaultValue) {
        return parsedOrDefault(
                key, defaultValue, v -> parse(v, key, PropertyGroup::parseFiniteDouble, "a finite number"));
    }

    /** A double within {@code [min, max]}; the default is returned when the key is absent. */
    public double getDouble(String key, double defaultValue, double min, double max) {
        double value = getDouble(key, defaultValue);
        if (value < min || value > max) {
            return orDefault(defaultValue, () -> {
                throw outOfRange(key, value, min, max);
            });
        }
        return value;
    }

    // ---- booleans and enums

    /** {@code true} or {@code false}, case-insensitive; anything else is an error, not false. */
    public boolean getBoolean(String key) {
        return parseBoolean(key, required(key));
    }

    public boolean getBoolean(String key, boolean defaultValue) {
        return parsedOrDefault(key, defaultValue, v -> parseBoolean(key, v));
    }

    /** An enum constant by name, case-insensitive, with {@code -} read as {@code _}. */
    public <E extends Enum<E>> E getEnum(Class<E> type, String key) {
        return parseEnum(type, key, required(key));
    }

    public <E extends Enum<E>> E getEnum(Class<E> type, String key, E defaultValue) {
        return parsedOrDefault(key, defaultValue, v -> parseEnum(type, key, v));
    }

    // ---- lists, durations, sizes

    /** A comma-separated list, entries trimmed, empty entries dropped; required and not empty. */
    public List<String> getList(String key) {
        List<String> list = splitList(required(key));
        if (list.isEmpty()) {
            throw error(key, "expected a comma-separated list, got an empty one");
        }
        return list;
    }

    public List<String> getList(String key, List<String> defaultValue) {
        return optional(key).map(PropertyGroup::splitList).orElse(defaultValue);
    }

    /**
     * A duration: {@code 10s}, {@code 500 ms}, {@code 1 min}, {@code 2h}, ISO-8601 {@code PT1M}; a bare
     * number is milliseconds. Negative durations are rejected.
     */
    public Duration getDuration(String key) {
        return parseDuration(key, required(key));
    }

    public Duration getDuration(String key, Duration defaultValue) {
        return parsedOrDefault(key, defaultValue, v -> parseDuration(key, v));
    }

    /**
     * A size in bytes: {@code 512}, {@code 64kb}, {@code 5mb}, {@code 1 MiB}, {@code 2 GB}. As in Flink,
     * the units are binary: {@code kb}, {@code kib} and {@code k} all mean 1024 bytes.
     */
    public long getByteSize(String key) {
        return parseByteSize(key, required(key));
    }

    public long getByteSize(String key, long defaultValue) {
        return parsedOrDefault(key, defaultValue, v -> parseByteSize(key, v));
    }

    // ---- declared options

    /** The value of a declared option: its default when absent, an error when required and absent. */
    public <T> T get(PropertyOption<T> option) {
        return get(option, option.defaultValue());
    }

    /**
     * The value of a declared option, with a default given in code (a block whose default depends on
     * how it was built); null makes the key required. Type and range are the option's.
     */
    @SuppressWarnings("unchecked")
    public <T> T get(PropertyOption<T> option, T defaultValue) {
        String key = option.key();
        switch (option.type()) {
            case STRING:
                return (T) (defaultValue == null ? required(key) : get(key, (String) defaultValue));
            case BOOLEAN:
                return (T) (Boolean) (defaultValue == null ? getBoolean(key) : getBoolean(key, (Boolean) defaultValue));
            case INT: {
                int min = option.min() == null ? Integer.MIN_VALUE : (Integer) option.min();
                int max = option.max() == null ? Integer.MAX_VALUE : (Integer) option.max();
                int value = defaultValue == null ? getInt(key) : getInt(key, (Integer) defaultValue);
                return (T) (Integer)
                        (defaultValue == null
                                ? checkRange(key, value, min, max)
                                : orDefault((Integer) defaultValue, () -> checkRange(key, value, min, max)));
            }
            case LONG:
            case BYTE_SIZE: {
                long min = option.min() == null ? Long.MIN_VALUE : (Long) option.min();
                long max = option.max() == null ? Long.MAX_VALUE : (Long) option.max();
                boolean bytes = option.type() == PropertyOption.Type.BYTE_SIZE;
                long value = defaultValue == null
                        ? (bytes ? getByteSize(key) : getLong(key))
                        : (bytes ? getByteSize(key, (Long) defaultValue) : getLong(key, (Long) defaultValue));
                java.util.function.Supplier<Long> checked = () -> {
                    if (option.positive() && value < 1) {
                        throw invalidValue(key, bytes ? "a positive size" : "a positive number");
                    }
                    if (option.rangeReason() != null && (value < min || value > max)) {
                        throw error(
                                key,
                                "value " + value + (bytes ? " bytes" : "") + " is out of range: "
                                        + option.rangeReason());
                    }
                    return checkRange(key, value, min, max);
                };
                return (T) (defaultValue == null ? checked.get() : orDefault((Long) defaultValue, checked));
            }
            case DOUBLE: {
                double min = option.min() == null ? -Double.MAX_VALUE : (Double) option.min();
                double max = option.max() == null ? Double.MAX_VALUE : (Double) option.max();
                return (T) (Double)
                        (defaultValue == null ? getDouble(key) : getDouble(key, (Double) defaultValue, min, max));
            }
            case DURATION: {
                Duration value = defaultValue == null ? getDuration(key) : getDuration(key, (Duration) defaultValue);
                if (option.positive() && value.isZero()) {
                    InvalidPropertiesException notPositive = invalidValue(key, "a positive duration");
                    if (defaultValue != null && reads != null && reads.collect(notPositive)) {
                        return defaultValue;
                    }
                    throw notPositive;
                }
                return (T) value;
            }
            case ENUM:
                return (T) readEnum(option, defaultValue);
            default:
                throw new IllegalStateException("unhandled option type " + option.type());
        }
    }

    /**
     * The value of a declared option when the key is present and not blank, typed and checked as
     * {@link #get(PropertyOption)} does; empty when absent (an option with no default that a block
     * reads only in some cases, or one of two alternatives).
     */
    public <T> Optional<T> optional(PropertyOption<T> option) {
        if (optional(option.key()).isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(get(option, null));
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private Object readEnum(PropertyOption<?> option, Object defaultValue) {
        Class type = option.enumType();
        return defaultValue == null ? getEnum(type, option.key()) : getEnum(type, option.key(), (Enum) defaultValue);
    }

    // ---- declared keys

    /**
     * Checks the keys of this group against the keys a job or factory knows. An unknown key is, in
     * strict mode, an error naming the nearest known key ("did you mean ...?"); otherwise it is left to
     * {@link UnknownKeys} when the group was loaded (JobLauncher reports it once the job is defined),
     * or logged as a warning when the group was built in code.
     * Keys that start with one of {@code passThroughPrefixes} are accepted as they are (connector
     * client settings passed through untouched). The known keys and prefixes count as read for
     * {@link UnknownKeys}: this is how a connector block declares the keys it passes through.
     *
     * @return the unknown keys, each with its suggestion, for callers that report them differently
     */
    public List<String> checkKnownKeys(Collection<String> knownKeys, boolean strict, String... passThroughPrefixes) {
        if (reads != null) {
            reads.keysAccepted(name, knownKeys, Arrays.asList(passThroughPrefixes));
        }
        List<String> problems = new ArrayList<>();
        for (String key : values.keySet()) {
            // The policy key of UnknownKeys is valid in every group.
            if (knownKeys.contains(key) || key.equals(UnknownKeys.KEY) || startsWithAny(key, passThroughPrefixes)) {
                continue;
            }
            String suggestion = KeySuggestions.nearest(key, knownKeys)
                    .map(k -> "; did you mean '" + k + "'?")
                    .orElse("; known keys: " + String.join(", ", new TreeSet<>(knownKeys)));
            problems.add("unknown key '" + key + "'" + suggestion);
            if (strict) {
                InvalidPropertiesException unknown = error(key, "unknown key" + suggestion);
                if (reads == null || !reads.collect(unknown)) {
                    throw unknown;
                }
                return problems;
            }
        }
        // A group of loaded properties leaves the report to UnknownKeys, once the job is defined (one
        // report, one policy); a group built in code has no one else to report it.
        if (reads == null) {
            for (String problem : problems) {
                LOG.warn("Application properties in {}, group '{}': {}", source, name, problem);
            }
        }
        return problems;
    }

    /**
     * Declares every key of this group as used, for a group handed whole to a system that checks the
     * keys itself (the options of a Table API connector, which its factory validates), so that
     * {@code JobLauncher} does not report them as unknown.
     */
    public void acceptAllKeys() {
        if (reads != null) {
            reads.groupAcceptedWhole(name);
        }
    }

    // ---- errors

    /** An error about one key of this group, for callers that validate values themselves. */
    public InvalidPropertiesException error(String key, String reason) {
        return new InvalidPropertiesException(source, name, key, reason);
    }

    /** An error about a key's value; the value is shown unless the key is secret. */
    public InvalidPropertiesException invalidValue(String key, String expectation) {
        return error(key, "value " + SecretKeys.displayValue(key, values.get(key)) + " is not " + expectation);
    }

    /** Keys and values, secret values redacted. */
    @Override
    public String toString() {
        return name
                + values.entrySet().stream()
                        .map(e -> e.getKey() + "="
                                + (SecretKeys.isSecret(e.getKey()) ? SecretKeys.REDACTED : e.getValue()))
                        .collect(Collectors.joining(", ", "{", "}"));
    }

    // ---- read tracking

    private void recordRead(String key) {
        if (reads != null) {
            reads.keyRead(name, key);
        }
    }

    /** The value of a key parsed by {@code parser}, or the default when the key is absent or blank. */
    private <T> T parsedOrDefault(String key, T defaultValue, java.util.function.Function<String, T> parser) {
        return orDefault(defaultValue, () -> optional(key).map(parser).orElse(defaultValue));
    }

    /**
     * Reads a key that has a default. In a preflight ({@code --validate}) a bad value is collected and
     * the default returned, so the job graph can be defined to the end and every problem reported at
     * once; otherwise the error is thrown.
     */
    private <T> T orDefault(T defaultValue, java.util.function.Supplier<T> read) {
        try {
            return read.get();
        } catch (InvalidPropertiesException e) {
            if (reads != null && reads.collect(e)) {
                return defaultValue;
            }
            throw e;
        }
    }

    // ---- parsing helpers

    private <T> T parse(String value, String key, Function<String, T> parser, String expectation) {
        try {
            return parser.apply(value);
        } catch (RuntimeException e) {
            throw invalidValue(key, expectation);
        }
    }

    private static double parseFiniteDouble(String value) {
        double parsed = Double.parseDouble(value);
        if (Double.isNaN(parsed) || Double.isInfinite(parsed)) {
            throw new NumberFormatException("not finite");
        }
        return parsed;
    }

    private int checkRange(String key, int value, int min, int max) {
        if (value < min || value > max) {
            throw outOfRange(key, value, min, max);
        }
        return value;
    }

    private long checkRange(String key, long value, long min, long max) {
        if (value < min || value > max) {
            throw outOfRange(key, value, min, max);
        }
        return value;
    }

    private InvalidPropertiesException outOfRange(String key, Object value, Object min, Object max) {
        String shown = SecretKeys.isSecret(key) ? SecretKeys.REDACTED : String.valueOf(value);
        return error(key, "value " + shown + " is out of range [" + min + ", " + max + "]");
    }

    private boolean parseBoolean(String key, String value) {
        if ("true".equalsIgnoreCase(value)) {
            return true;
        }
        if ("false".equalsIgnoreCase(value)) {
            return false;
        }
        throw invalidValue(key, "a boolean (true or false)");
    }

    private <E extends Enum<E>> E parseEnum(Class<E> type, String key, String value) {
        String normalized = value.trim().replace('-', '_').toUpperCase(Locale.ROOT);
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(normalized)) {
                return constant;
            }
        }
        throw invalidValue(
                key,
                "one of "
                        + Arrays.stream(type.getEnumConstants()).map(Enum::name).collect(Collectors.joining(", ")));
    }

    private static List<String> splitList(String value) {
        return Arrays.stream(value.split(","))
                .map(String::trim)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableList());
    }

    private Duration parseDuration(String key, String value) {
        try {
            return ValueFormats.duration(value);
        } catch (RuntimeException e) {
            throw invalidValue(key, "a duration (for example 10s, 500 ms, 1 min, PT1M, or milliseconds; not negative)");
        }
    }

    private long parseByteSize(String key, String value) {
        try {
            return ValueFormats.byteSize(value);
        } catch (RuntimeException e) {
            throw invalidValue(key, "a byte size (for example 512, 64kb, 5mb, 1 MiB)");
        }
    }

    private static boolean startsWithAny(String key, String[] prefixes) {
        for (String prefix : prefixes) {
            if (key.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    private String presentKeysHint() {
        return values.isEmpty()
                ? " (the group is empty)"
                : " (keys present: " + String.join(", ", values.keySet()) + ")";
    }
}
