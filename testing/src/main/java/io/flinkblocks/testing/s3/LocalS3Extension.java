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
package io.flinkblocks.testing.s3;

import org.apache.flink.annotation.PublicEvolving;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension giving tests a local S3 ({@link LocalS3}) that Flink's {@code s3://} paths
 * reach: started once per JVM before the first test class that uses it, stopped when the JVM exits.
 *
 * <pre>{@code
 * @RegisterExtension static final LocalS3Extension S3 = new LocalS3Extension();
 * ...
 * String bucket = S3.s3().bucket("output");   // then write to s3://output/...
 * }</pre>
 */
@PublicEvolving
public final class LocalS3Extension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalS3.get();
    }

    /** The local S3, started if it is not yet. */
    public LocalS3 s3() {
        return LocalS3.get();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == LocalS3.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return LocalS3.get();
    }
}
