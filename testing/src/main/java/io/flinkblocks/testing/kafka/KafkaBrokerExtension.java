package io.flinkblocks.testing.kafka;

import org.apache.flink.annotation.PublicEvolving;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension giving tests a real Kafka broker ({@link LocalKafkaBroker}): started once per
 * JVM before the first test class that uses it, stopped when the JVM exits. Tests get the broker as
 * a parameter or from {@link #broker()}.
 *
 * <pre>{@code
 * @RegisterExtension static final KafkaBrokerExtension KAFKA = new KafkaBrokerExtension();
 * ...
 * KAFKA.broker().createTopics(1, "in", "out");
 * }</pre>
 */
@PublicEvolving
public final class KafkaBrokerExtension implements BeforeAllCallback, ParameterResolver {

    @Override
    public void beforeAll(ExtensionContext context) {
        LocalKafkaBroker.get();
    }

    /** The broker, started if it is not yet. */
    public LocalKafkaBroker broker() {
        return LocalKafkaBroker.get();
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext extension) {
        return parameter.getParameter().getType() == LocalKafkaBroker.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext extension) {
        return LocalKafkaBroker.get();
    }
}
