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

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Every way a properties file can be wrong gives one clear InvalidPropertiesException. */
class PropertiesFileErrorsTest {

    @TempDir
    Path dir;

    private Path write(String json) throws IOException {
        Path file = dir.resolve("props.json");
        Files.write(file, json.getBytes(StandardCharsets.UTF_8));
        return file;
    }

    private InvalidPropertiesException loadFailure(String json) throws IOException {
        Path file = write(json);
        return catchInvalid(() -> ApplicationProperties.fromFile(file));
    }

    private static InvalidPropertiesException catchInvalid(Runnable action) {
        try {
            action.run();
        } catch (InvalidPropertiesException e) {
            return e;
        }
        throw new AssertionError("expected an InvalidPropertiesException");
    }

    @Test
    void missingFileIsNamed() {
        Path missing = dir.resolve("nope.json");

        assertThatThrownBy(() -> ApplicationProperties.load(new String[] {"--properties", missing.toString()}))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessage("Invalid application properties in file " + missing + ": file does not exist");
    }

    @Test
    void unreadableFileIsNamed() {
        // A directory cannot be read as a file, whoever runs the test (root reads any file).
        assertThatThrownBy(() -> ApplicationProperties.fromFile(dir))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining("file " + dir)
                .hasMessageContaining("cannot be read");
    }

    @Test
    void malformedJsonGivesLineAndColumn() throws IOException {
        InvalidPropertiesException e =
                loadFailure("[\n  {\"PropertyGroupId\": \"A\",\n   \"PropertyMap\": {\"k\": \"v\",}}\n]");

        assertThat(e).hasMessageContaining("malformed JSON at line 3, column");
        assertThat(e.getSource()).startsWith("file ");
    }

    @Test
    void truncatedJsonIsMalformed() throws IOException {
        assertThat(loadFailure("[{\"PropertyGroupId\": \"A\", \"PropertyMap\": {"))
                .hasMessageContaining("malformed JSON at line 1");
    }

    @Test
    void emptyFileIsAnError() throws IOException {
        assertThat(loadFailure("")).hasMessageContaining("is empty");
    }

    @Test
    void topLevelObjectIsNotAnArray() throws IOException {
        assertThat(loadFailure("{\"PropertyGroupId\": \"A\", \"PropertyMap\": {}}"))
                .hasMessageContaining("expected a JSON array of property groups, found an object");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "entry is a string       | [\"A\"]                                             | entry 0 is a string",
                "entry is an array       | [[]]                                                | entry 0 is an array",
                "no group id             | [{\"PropertyMap\": {}}]                             | entry 0 has no PropertyGroupId",
                "group id not a string   | [{\"PropertyGroupId\": 3, \"PropertyMap\": {}}]     | entry 0 has no PropertyGroupId",
                "blank group id          | [{\"PropertyGroupId\": \" \", \"PropertyMap\": {}}] | entry 0 has no PropertyGroupId",
                "no property map         | [{\"PropertyGroupId\": \"A\"}]                      | group 'A': PropertyMap must be an object",
                "property map is array   | [{\"PropertyGroupId\": \"A\", \"PropertyMap\": []}] | group 'A': PropertyMap must be an object",
                "unexpected field        | [{\"PropertyGroupId\": \"A\", \"PropertyMap\": {}, \"Extra\": 1}] | group 'A': unexpected field 'Extra'",
            })
    void groupThatIsNotAProperEntry(String name, String json, String expected) throws IOException {
        assertThat(loadFailure(json)).hasMessageContaining(expected);
    }

    @Test
    void duplicateGroupIdIsRejected() throws IOException {
        InvalidPropertiesException e = loadFailure("[{\"PropertyGroupId\": \"A\", \"PropertyMap\": {}},"
                + " {\"PropertyGroupId\": \"A\", \"PropertyMap\": {\"k\": \"v\"}}]");

        assertThat(e).hasMessageContaining("group 'A': duplicate PropertyGroupId");
        assertThat(e.getGroup()).isEqualTo("A");
    }

    @Test
    void duplicateKeyInsideAGroupIsMalformed() throws IOException {
        assertThat(loadFailure("[{\"PropertyGroupId\": \"A\", \"PropertyMap\": {\"k\": \"1\", \"k\": \"2\"}}]"))
                .hasMessageContaining("malformed JSON")
                .hasMessageContaining("Duplicate field 'k'");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "nested object | {\"inner\": \"x\"} | found an object",
                "nested array  | [\"a\", \"b\"]     | found an array",
                "null          | null               | found null",
            })
    void valuesMustBeScalars(String name, String value, String expected) throws IOException {
        InvalidPropertiesException e = loadFailure(
                "[{\"PropertyGroupId\": \"Group1\", \"PropertyMap\": {\"ok\": \"1\", \"bad.key\": " + value + "}}]");

        assertThat(e).hasMessageContaining("group 'Group1', key 'bad.key': values must be strings, " + expected);
        assertThat(e.getKey()).isEqualTo("bad.key");
    }

    @Test
    void missingGroupListsTheGroupsPresent() throws IOException {
        ApplicationProperties props = ApplicationProperties.fromFile(
                write(
                        "[{\"PropertyGroupId\": \"InputStream0\", \"PropertyMap\": {}}, {\"PropertyGroupId\": \"OutputStream0\", \"PropertyMap\": {}}]"));

        assertThatThrownBy(() -> props.group("InputStream1"))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessageContaining(
                        "group 'InputStream1': missing property group (groups present: InputStream0, OutputStream0)");
    }

    @Test
    void missingKeyNamesSourceGroupAndKey() throws IOException {
        Path file =
                write("[{\"PropertyGroupId\": \"InputStream0\", \"PropertyMap\": {\"aws.region\": \"us-east-1\"}}]");
        PropertyGroup group = ApplicationProperties.fromFile(file).group("InputStream0");

        assertThatThrownBy(() -> group.required("stream.name"))
                .isInstanceOf(InvalidPropertiesException.class)
                .hasMessage("Invalid application properties in file " + file
                        + ", group 'InputStream0', key 'stream.name': missing required key (keys present: aws.region)");
    }
}
