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
package io.flinkblocks.testing.flink;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.connector.source.SourceOutput;

/**
 * A source's output (a reader's {@code ReaderOutput}, a source function's {@code SourceContext}) that
 * passes every record it collects through {@link FailOnce} before the output takes it, and does all
 * else as the output does. One proxy serves every kind of output: what it adds is the same for each.
 */
@Internal
final class FailOnceOutput implements InvocationHandler {

    private final Object output;
    private final FailOnce<Object> failOnce;

    private FailOnceOutput(Object output, FailOnce<Object> failOnce) {
        this.output = output;
        this.failOnce = failOnce;
    }

    /** {@code output}, seen as its interface {@code type}, with each record it collects through {@code failOnce}. */
    @SuppressWarnings("unchecked")
    static <O> O of(Class<O> type, O output, FailOnce<Object> failOnce) {
        return (O) Proxy.newProxyInstance(
                type.getClassLoader(), new Class<?>[] {type}, new FailOnceOutput(output, failOnce));
    }

    @Override
    public Object invoke(Object proxy, Method method, Object[] args) throws Throwable {
        // collect(record), collect(record, timestamp), collectWithTimestamp(record, timestamp)
        if (method.getName().startsWith("collect")) {
            args[0] = failOnce.map(args[0]);
        }
        Object result;
        try {
            result = method.invoke(output, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
        // The output a reader makes for each split (createOutputForSplit) collects records too.
        if (result instanceof SourceOutput) {
            return of(SourceOutput.class, (SourceOutput<?>) result, failOnce);
        }
        return result;
    }
}
