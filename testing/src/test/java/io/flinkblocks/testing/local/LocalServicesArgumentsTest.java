package io.flinkblocks.testing.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;

import org.junit.jupiter.api.Test;

class LocalServicesArgumentsTest {

    @Test
    void theOutputFolderComesFirstThenTheFilesAndFolders() {
        LocalServicesArguments arguments = LocalServicesArguments.parse("target/local", "examples", "my.json");

        assertThat(arguments.outputFolder()).isEqualTo(Path.of("target/local"));
        assertThat(arguments.inputs()).containsExactly(Path.of("examples"), Path.of("my.json"));
    }

    @Test
    void anOutputFolderAloneStartsEveryServiceWithNoFile() {
        assertThat(LocalServicesArguments.parse("out").inputs()).isEmpty();
    }

    @Test
    void noArgumentOrAnOptionGivesTheUsage() {
        assertThatThrownBy(LocalServicesArguments::parse).hasMessageStartingWith("Usage: LocalServices <output folder>");
        assertThatThrownBy(() -> LocalServicesArguments.parse("out", "--verbose")).hasMessageContaining("Unknown option --verbose")
                .hasMessageContaining("Usage:");
        assertThat(LocalServicesArguments.asksForHelp("--help")).isTrue();
        assertThat(LocalServicesArguments.asksForHelp("out")).isFalse();
    }
}
