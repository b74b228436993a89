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
package io.flinkblocks.testing.sts;

import org.apache.flink.annotation.PublicEvolving;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that starts one {@link StsStandIn} per JVM, shared by every test class that
 * registers it, and stops it when the JVM exits.
 *
 * <pre>{@code
 * @RegisterExtension static final LocalSts STS = new LocalSts();
 * ...
 * props.put("aws.credentials.provider", "ASSUME_ROLE");
 * props.put("aws.credentials.provider.role.stsEndpoint", STS.endpoint().toString());
 * }</pre>
 */
@PublicEvolving
public final class LocalSts implements BeforeAllCallback {

    private static StsStandIn shared;

    @Override
    public void beforeAll(ExtensionContext context) {
        server();
    }

    /** The shared stand-in, started on first use. */
    public static synchronized StsStandIn server() {
        if (shared == null) {
            StsStandIn started = StsStandIn.start();
            Runtime.getRuntime().addShutdownHook(new Thread(started::close, "stop-sts-stand-in"));
            shared = started;
        }
        return shared;
    }

    public java.net.URI endpoint() {
        return server().endpoint();
    }
}
