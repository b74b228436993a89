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

import org.apache.flink.annotation.PublicEvolving;

/**
 * The one exception thrown for bad application properties: a file that cannot be read or parsed, a
 * group or key that is missing, a value of the wrong type or out of range, an unknown key in strict
 * mode. It is thrown while the job graph is being built, before anything runs.
 *
 * <p>The message names the source (file or classpath resource), the group and the key, and the
 * offending value unless the key holds a secret.
 */
@PublicEvolving
public class InvalidPropertiesException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final String group;
    private final String key;

    public InvalidPropertiesException(String source, String group, String key, String reason) {
        this(source, group, key, reason, null);
    }

    public InvalidPropertiesException(String source, String group, String key, String reason, Throwable cause) {
        super(format(source, group, key, reason), cause);
        this.source = source;
        this.group = group;
        this.key = key;
    }

    private static String format(String source, String group, String key, String reason) {
        StringBuilder message = new StringBuilder("Invalid application properties");
        if (source != null) {
            message.append(" in ").append(source);
        }
        if (group != null) {
            message.append(", group '").append(group).append('\'');
        }
        if (key != null) {
            message.append(", key '").append(key).append('\'');
        }
        return message.append(": ").append(reason).toString();
    }

    /** Where the properties came from, for example {@code file /etc/flink/application_properties.json}. */
    public String getSource() {
        return source;
    }

    /** The property group at fault, or null when the whole source is at fault. */
    public String getGroup() {
        return group;
    }

    /** The key at fault, or null when the group or the source is at fault. */
    public String getKey() {
        return key;
    }
}
