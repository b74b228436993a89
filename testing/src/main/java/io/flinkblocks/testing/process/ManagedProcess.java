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

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;

import org.apache.flink.annotation.Internal;

/**
 * A server process started by an extension: its output goes to a log file, it is stopped by its PID
 * when the JVM exits (or by {@link #stop()}), and {@link #awaitReady} waits for a readiness check
 * while failing fast, with the end of the log, if the process dies.
 */
@Internal
public final class ManagedProcess {

    private final String name;
    private final Process process;
    private final Path log;

    private ManagedProcess(String name, Process process, Path log) {
        this.name = name;
        this.process = process;
        this.log = log;
    }

    /** Starts {@code command} in {@code workingDirectory} with extra environment variables. */
    public static ManagedProcess start(
            String name, List<String> command, Path workingDirectory, Map<String, String> environment, Path log) {
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(workingDirectory.toFile())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(environment);
        Process process;
        try {
            Files.createDirectories(log.getParent());
            process = builder.start();
        } catch (IOException e) {
            throw new IllegalStateException("Cannot start " + name + " (" + command.get(0) + "): " + e.getMessage(), e);
        }
        ManagedProcess managed = new ManagedProcess(name, process, log);
        Runtime.getRuntime().addShutdownHook(new Thread(managed::stop, "stop-" + name));
        return managed;
    }

    /** Waits until {@code ready} returns true; fails if the process exits or the timeout passes. */
    public void awaitReady(Callable<Boolean> ready, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        Exception lastFailure = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with code " + process.exitValue()
                        + " before it was ready; log " + log + ":\n" + logTail());
            }
            try {
                if (Boolean.TRUE.equals(ready.call())) {
                    return;
                }
            } catch (Exception e) {
                lastFailure = e;
            }
            try {
                // Polling a server that is starting: there is no event to wait on.
                process.waitFor(100, TimeUnit.MILLISECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("Interrupted while waiting for " + name, e);
            }
        }
        stop();
        throw new IllegalStateException(name + " was not ready after " + timeout.toSeconds() + " s"
                + (lastFailure == null ? "" : " (last check: " + lastFailure + ")") + "; log " + log + ":\n"
                + logTail());
    }

    public long pid() {
        return process.pid();
    }

    public boolean isAlive() {
        return process.isAlive();
    }

    public Path log() {
        return log;
    }

    /** Stops the process by its PID: a polite signal, then a forced kill after 10 s. */
    public void stop() {
        if (!process.isAlive()) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            process.destroyForcibly();
        }
    }

    /**
     * Kills the process as {@code kill -9} does (SIGKILL: no shutdown hook, no cleanup) and waits until
     * it is gone: a crash of the machine the process stands for.
     */
    public void kill() {
        process.destroyForcibly();
        try {
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                throw new IllegalStateException(name + " (PID " + process.pid() + ") still runs 30 s after SIGKILL");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted while killing " + name, e);
        }
    }

    /** The last 40 lines of the process log. */
    public String logTail() {
        return tail(log, 40);
    }

    /** The last {@code count} lines of a log file, for an error message; a note if it cannot be read. */
    public static String tail(Path file, int count) {
        try {
            List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - count), lines.size()));
        } catch (IOException | UncheckedIOException e) {
            return "(log unreadable: " + e.getMessage() + ")";
        }
    }
}
