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
package io.flinkblocks.testing;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.apache.flink.annotation.PublicEvolving;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.Appender;
import org.apache.logging.log4j.core.LogEvent;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.appender.AbstractAppender;
import org.apache.logging.log4j.core.config.Configuration;
import org.apache.logging.log4j.core.config.LoggerConfig;
import org.apache.logging.log4j.core.config.Property;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A JUnit 5 extension that captures every log line written through Log4j 2 (and so through SLF4J
 * bound to it) during each test, with the stack traces of logged exceptions, at every level: the root
 * logger and every logger configured at INFO or finer are lowered to ALL while it captures (loggers
 * configured at WARN or above keep their level). Use it to prove that a secret never reaches the logs.
 *
 * <pre>{@code
 * @RegisterExtension final LogCapture logs = new LogCapture();
 * ...
 * assertThat(logs.text()).doesNotContain(secret);
 * }</pre>
 *
 * <p>Needs {@code log4j-core} on the test classpath.
 */
@PublicEvolving
public final class LogCapture implements BeforeEachCallback, AfterEachCallback {

    private final List<String> lines = new ArrayList<>();
    private Appender appender;
    private final Map<LoggerConfig, org.apache.logging.log4j.Level> previousLevels = new HashMap<>();

    @Override
    public void beforeEach(ExtensionContext context) {
        start();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        stop();
    }

    /** Starts capturing; called by JUnit before each test, or by hand outside JUnit. */
    public synchronized void start() {
        lines.clear();
        LoggerContext loggerContext = (LoggerContext) LogManager.getContext(false);
        Configuration configuration = loggerContext.getConfiguration();
        appender = new CapturingAppender("capture-" + UUID.randomUUID());
        appender.start();
        LoggerConfig root = configuration.getRootLogger();
        root.addAppender(appender, org.apache.logging.log4j.Level.ALL, null);
        // Every level of every logger, except those configured at WARN or above: noise silenced on purpose.
        previousLevels.clear();
        lowerToAll(root);
        for (LoggerConfig logger : configuration.getLoggers().values()) {
            if (logger != root
                    && logger.getLevel() != null
                    && logger.getLevel().isLessSpecificThan(org.apache.logging.log4j.Level.INFO)) {
                lowerToAll(logger);
            }
        }
        loggerContext.updateLoggers();
    }

    /** Stops capturing and restores the root logger. */
    public synchronized void stop() {
        if (appender == null) {
            return;
        }
        LoggerContext loggerContext = (LoggerContext) LogManager.getContext(false);
        LoggerConfig root = loggerContext.getConfiguration().getRootLogger();
        root.removeAppender(appender.getName());
        previousLevels.forEach(LoggerConfig::setLevel);
        previousLevels.clear();
        loggerContext.updateLoggers();
        appender.stop();
        appender = null;
    }

    private void lowerToAll(LoggerConfig logger) {
        previousLevels.put(logger, logger.getLevel());
        logger.setLevel(org.apache.logging.log4j.Level.ALL);
    }

    /** Every captured line so far, each with the stack trace of its exception if it had one. */
    public synchronized List<String> lines() {
        return new ArrayList<>(lines);
    }

    /** Every captured line joined by newlines. */
    public synchronized String text() {
        return String.join("\n", lines);
    }

    private synchronized void add(String line) {
        lines.add(line);
    }

    private final class CapturingAppender extends AbstractAppender {
        CapturingAppender(String name) {
            super(name, null, null, true, Property.EMPTY_ARRAY);
        }

        @Override
        public void append(LogEvent event) {
            StringBuilder line = new StringBuilder()
                    .append(event.getLevel())
                    .append(' ')
                    .append(event.getLoggerName())
                    .append(" - ")
                    .append(event.getMessage().getFormattedMessage());
            if (event.getThrown() != null) {
                StringWriter trace = new StringWriter();
                event.getThrown().printStackTrace(new PrintWriter(trace));
                line.append('\n').append(trace);
            }
            add(line.toString());
        }
    }
}
