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
package io.flinkblocks.testing.process;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;

import org.apache.flink.annotation.Internal;

/**
 * Free TCP ports on the loopback interface, for servers started by the extensions.
 *
 * <p>A port is chosen below the kernel's ephemeral range, not by binding port 0. A port from port 0
 * is an ephemeral one: between the moment it is handed out and the moment the server binds it (a
 * JobManager binds its REST port after its RPC and blob servers started and connected), any outgoing
 * connection of any process may be given the same port, and the server then fails with "Could not
 * start rest endpoint on any port". Outgoing connections never take a port below the ephemeral range,
 * so only another server could, and each port is handed out once per JVM.
 */
@Internal
public final class FreePorts {

    /** Above the ports of well-known local services (databases, brokers, development servers). */
    static final int LOWEST = 10_000;

    /** Where Linux keeps its ephemeral range. */
    private static final Path LINUX_EPHEMERAL_RANGE = Paths.get("/proc/sys/net/ipv4/ip_local_port_range");

    /** The IANA dynamic range, which macOS and Windows use for outgoing connections. */
    private static final int IANA_EPHEMERAL_LOWEST = 49_152;

    private static final int ATTEMPTS = 1_000;

    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private FreePorts() {}

    /** A port that was free on 127.0.0.1 a moment ago, outside the ephemeral range, never returned before. */
    public static int next() {
        int end = ephemeralLowest();
        if (end - LOWEST < ATTEMPTS) {
            // An ephemeral range that starts low leaves no room below it: the kernel's choice it is.
            return ephemeral();
        }
        ThreadLocalRandom random = ThreadLocalRandom.current();
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            int port = random.nextInt(LOWEST, end);
            if (HANDED_OUT.add(port) && bindable(port)) {
                return port;
            }
        }
        throw new IllegalStateException("No free port on the loopback interface between " + LOWEST + " and " + (end - 1)
                + " after " + ATTEMPTS + " attempts");
    }

    /** The first port of the ephemeral range of this machine. */
    static int ephemeralLowest() {
        if (Files.isReadable(LINUX_EPHEMERAL_RANGE)) {
            // Read as a line: a file of /proc reports size 0, and a read sized by it may stop short.
            try (BufferedReader reader = Files.newBufferedReader(LINUX_EPHEMERAL_RANGE, StandardCharsets.US_ASCII)) {
                String range = reader.readLine();
                return Integer.parseInt(range.trim().split("\\s+")[0]);
            } catch (IOException | RuntimeException e) {
                // Unreadable in a container with a restricted /proc: the IANA range is the safe guess.
                return IANA_EPHEMERAL_LOWEST;
            }
        }
        return IANA_EPHEMERAL_LOWEST;
    }

    private static boolean bindable(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            // No SO_REUSEADDR: a port in TIME_WAIT would refuse a server that does not set it either.
            socket.setReuseAddress(false);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 1);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    private static int ephemeral() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            int port = socket.getLocalPort();
            HANDED_OUT.add(port);
            return port;
        } catch (IOException e) {
            throw new UncheckedIOException("No free port on the loopback interface", e);
        }
    }
}
