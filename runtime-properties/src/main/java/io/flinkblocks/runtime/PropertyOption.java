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
import java.util.Arrays;
import java.util.Objects;
import java.util.stream.Collectors;

import org.apache.flink.annotation.PublicEvolving;

/**
 * One property a block reads, declared once: its key, type, default, allowed range and description.
 * {@link PropertyGroup#get(PropertyOption)} reads it (type, range and preflight handling in one place),
 * and {@link PropertyOptions#markdownTable} renders a list of them as the key table of a README, which
 * a test compares with the README, so the two cannot drift apart. The same idea as Flink's
 * {@code ConfigOption}, with the range and the value syntax of application properties
 * ({@code 10s}, {@code 5mb}) that it lacks.
 *
 * <pre>{@code
 * static final PropertyOption<Duration> SIZE = PropertyOption.key("window.size").durationType()
 *         .positive().noDefaultValue("the size set in code").description("the length of a window");
 * }</pre>
 *
 * @param <T> the type of the value
 */
@PublicEvolving
public final class PropertyOption<T> implements Serializable {

    private static final long serialVersionUID = 1L;

    /** The kinds of value an option holds, each with the syntax {@link PropertyGroup} accepts. */
    enum Type {
        STRING("string"),
        BOOLEAN("`true` or `false`"),
        INT("integer"),
        LONG("integer"),
        DOUBLE("number"),
        DURATION("duration"),
        BYTE_SIZE("byte size"),
        ENUM("enum");

        final String label;

        Type(String label) {
            this.label = label;
        }
    }

    private final String key;
    private final Type type;
    private final Class<?> enumType;
    private final T defaultValue;
    private final String defaultText;
    private final T min;
    private final T max;
    private final boolean positive;
    private final String rangeReason;
    private final String description;

    private PropertyOption(Typed<T> typed, String description) {
        this.key = typed.key;
        this.type = typed.type;
        this.enumType = typed.enumType;
        this.defaultValue = typed.defaultValue;
        this.defaultText = typed.defaultText;
        this.min = typed.min;
        this.max = typed.max;
        this.positive = typed.positive;
        this.rangeReason = typed.rangeReason;
        this.description = description;
    }

    /** Starts the declaration of the option with this key. */
    public static Builder key(String key) {
        return new Builder(key);
    }

    public String key() {
        return key;
    }

    /** The default, or null when the key is required (or its default is set in code, see {@link #defaultText()}). */
    public T defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    Type type() {
        return type;
    }

    Class<?> enumType() {
        return enumType;
    }

    T min() {
        return min;
    }

    T max() {
        return max;
    }

    boolean positive() {
        return positive;
    }

    /** Why the range is what it is (a service limit), for the out-of-range error; null for the plain message. */
    String rangeReason() {
        return rangeReason;
    }

    /** The default as a README shows it. */
    public String defaultText() {
        if (defaultValue != null) {
            return "`" + format(defaultValue) + "`";
        }
        return defaultText;
    }

    /** The values allowed, as a README shows them. */
    public String valuesText() {
        if (type == Type.ENUM) {
            return Arrays.stream(enumType.getEnumConstants())
                    .map(c -> "`" + ((Enum<?>) c).name() + "`")
                    .collect(Collectors.joining(", "));
        }
        String range;
        if (positive) {
            range = "> 0";
        } else if (min != null && max != null) {
            range = format(min) + ".." + format(max);
        } else if (min != null) {
            range = ">= " + format(min);
        } else if (max != null) {
            range = "<= " + format(max);
        } else {
            range = "";
        }
        return range.isEmpty() ? type.label : type.label + ", " + range;
    }

    private String format(T value) {
        if (value instanceof Duration) {
            return ValueFormats.formatDuration((Duration) value);
        }
        if (value instanceof Enum) {
            return ((Enum<?>) value).name();
        }
        if (value instanceof Integer && (Integer) value == Integer.MAX_VALUE) {
            return "2^31-1";
        }
        if (type == Type.BYTE_SIZE) {
            return formatBytes((Long) value);
        }
        return String.valueOf(value);
    }

    /** {@code 5 MiB}, {@code 1000 KiB}, {@code 512}: the largest binary unit that divides the value, as the parser reads it. */
    private static String formatBytes(long bytes) {
        String[] units = {"KiB", "MiB", "GiB"};
        String unit = "";
        long value = bytes;
        for (int i = 0; i < units.length && value != 0 && value % 1024 == 0; i++) {
            value /= 1024;
            unit = " " + units[i];
        }
        return value + unit;
    }

    @Override
    public String toString() {
        return key;
    }

    /** Chooses the type of an option. */
    public static final class Builder {
        private final String key;

        private Builder(String key) {
            this.key = Objects.requireNonNull(key);
        }

        public Typed<String> stringType() {
            return new Typed<>(key, Type.STRING, null);
        }

        public Typed<Boolean> booleanType() {
            return new Typed<>(key, Type.BOOLEAN, null);
        }

        public Typed<Integer> intType() {
            return new Typed<>(key, Type.INT, null);
        }

        public Typed<Long> longType() {
            return new Typed<>(key, Type.LONG, null);
        }

        public Typed<Double> doubleType() {
            return new Typed<>(key, Type.DOUBLE, null);
        }

        /** {@code 10s}, {@code 500 ms}, {@code 1 min}, {@code PT1M}; a bare number is milliseconds. */
        public Typed<Duration> durationType() {
            return new Typed<>(key, Type.DURATION, null);
        }

        /** {@code 512}, {@code 64kb}, {@code 5mb}: bytes, binary units. */
        public Typed<Long> byteSizeType() {
            return new Typed<>(key, Type.BYTE_SIZE, null);
        }

        /** A constant name, any case, {@code -} read as {@code _}. */
        public <E extends Enum<E>> Typed<E> enumType(Class<E> type) {
            return new Typed<>(key, Type.ENUM, type);
        }
    }

    /** Sets the default and the range of an option of a chosen type; {@link #description} ends it. */
    public static final class Typed<T> {
        private final String key;
        private final Type type;
        private final Class<?> enumType;
        private T defaultValue;
        private String defaultText = "required";
        private T min;
        private T max;
        private boolean positive;
        private String rangeReason;

        private Typed(String key, Type type, Class<?> enumType) {
            this.key = key;
            this.type = type;
            this.enumType = enumType;
        }

        public Typed<T> defaultValue(T value) {
            this.defaultValue = Objects.requireNonNull(value);
            return this;
        }

        /**
         * No default here: the key is required, or its default comes from code (say which in
         * {@code text}, for the README), passed to {@link PropertyGroup#get(PropertyOption, Object)}.
         */
        public Typed<T> noDefaultValue(String text) {
            this.defaultText = text;
            return this;
        }

        /** The smallest and largest value allowed (numbers). */
        public Typed<T> range(T min, T max) {
            this.min = min;
            this.max = max;
            return this;
        }

        /** The smallest value allowed (numbers). */
        public Typed<T> min(T min) {
            this.min = min;
            return this;
        }

        /** The largest value allowed (numbers, byte sizes). */
        public Typed<T> max(T max) {
            this.max = max;
            return this;
        }

        /**
         * Why the range is what it is, said by the error for a value outside it instead of the bare
         * range: {@code "value 6291456 bytes is out of range: " + reason}.
         */
        public Typed<T> rangeReason(String reason) {
            this.rangeReason = reason;
            return this;
        }

        /** Only values above zero (durations, byte sizes). */
        public Typed<T> positive() {
            this.positive = true;
            return this;
        }

        public PropertyOption<T> description(String description) {
            return new PropertyOption<>(this, description);
        }
    }
}
