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
package io.flinkblocks.operators.identity;

import java.io.Serializable;
import java.util.Locale;
import java.util.Objects;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.flink.streaming.api.datastream.DataStreamSink;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;

/**
 * The uid and the display name of an operator, both derived from one readable name, so the two never
 * drift apart: {@code "Parse stock ticks"} gets uid {@code "parse-stock-ticks"} and keeps its name.
 *
 * <p>MSF restores a job from a snapshot on every update and scaling; state maps back to operators only
 * through their uids, so every operator needs a stable, explicit one.
 *
 * <pre>{@code
 * OperatorIdentity.apply(stream.process(new MyFunction()), "Parse stock ticks");
 * }</pre>
 */
@PublicEvolving
public final class OperatorIdentity implements Serializable {

    private static final long serialVersionUID = 1L;

    private final String uid;
    private final String name;

    private OperatorIdentity(String uid, String name) {
        this.uid = uid;
        this.name = name;
    }

    /** The identity for a readable name; the name must contain at least one letter or digit. */
    public static OperatorIdentity of(String name) {
        return new OperatorIdentity(uidOf(name), name.trim());
    }

    /** A derived identity for a second operator of the same block, e.g. {@code "Count ticks (late)"}. */
    public OperatorIdentity suffixed(String suffix) {
        return of(name + " (" + suffix + ")");
    }

    public String uid() {
        return uid;
    }

    public String name() {
        return name;
    }

    /**
     * The uid for a readable name: lower case, runs of anything but ASCII letters and digits become one
     * {@code -}, no leading or trailing {@code -}.
     */
    public static String uidOf(String name) {
        Objects.requireNonNull(name, "operator name");
        StringBuilder uid = new StringBuilder(name.length());
        boolean dash = false;
        for (char c : name.toLowerCase(Locale.ROOT).toCharArray()) {
            if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
                if (dash && uid.length() > 0) {
                    uid.append('-');
                }
                uid.append(c);
                dash = false;
            } else {
                dash = true;
            }
        }
        if (uid.length() == 0) {
            throw new IllegalArgumentException(
                    "operator name '" + name + "' has no letter or digit to build a uid from");
        }
        return uid.toString();
    }

    /** Sets uid and name on an operator and returns it, for chaining. */
    public <T> SingleOutputStreamOperator<T> applyTo(SingleOutputStreamOperator<T> operator) {
        return operator.uid(uid).name(name);
    }

    /** Sets uid and name on a sink and returns it. */
    public <T> DataStreamSink<T> applyTo(DataStreamSink<T> sink) {
        return sink.uid(uid).name(name);
    }

    /** Sets uid and name, both from {@code name}, on an operator. */
    public static <T> SingleOutputStreamOperator<T> apply(SingleOutputStreamOperator<T> operator, String name) {
        return of(name).applyTo(operator);
    }

    /** Sets uid and name, both from {@code name}, on a sink. */
    public static <T> DataStreamSink<T> apply(DataStreamSink<T> sink, String name) {
        return of(name).applyTo(sink);
    }

    @Override
    public boolean equals(Object o) {
        if (this == o) {
            return true;
        }
        if (!(o instanceof OperatorIdentity)) {
            return false;
        }
        OperatorIdentity other = (OperatorIdentity) o;
        return uid.equals(other.uid) && name.equals(other.name);
    }

    @Override
    public int hashCode() {
        return Objects.hash(uid, name);
    }

    @Override
    public String toString() {
        return name + " [uid " + uid + "]";
    }
}
