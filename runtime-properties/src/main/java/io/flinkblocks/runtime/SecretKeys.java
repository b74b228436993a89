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

import java.util.List;
import java.util.Locale;

import org.apache.flink.annotation.Internal;

/**
 * Decides which keys hold secrets, so that their values never reach a log line, an exception
 * message or a {@code toString}. The test is on the key name, case-insensitive, so it also covers
 * keys of connectors we do not know; and it is forgiving, so a misspelled secret key
 * ({@code ssl.truststore.pasword}, {@code sasl.jaas.confg}) is still treated as secret: the letters of
 * the key are compared with each marker allowing one edit. A false positive only hides a value.
 */
@Internal
public final class SecretKeys {

    /** Shown instead of a secret value. */
    public static final String REDACTED = "<redacted>";

    private static final List<String> SECRET_MARKERS =
            List.of("secret", "password", "passwd", "passphrase", "jaasconfig", "token", "privatekey");

    private SecretKeys() {}

    /** True when the key name looks like it holds a secret (password, secret key, JAAS config, token...). */
    public static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        String letters = key.toLowerCase(Locale.ROOT).replaceAll("[^a-z]", "");
        for (String marker : SECRET_MARKERS) {
            if (letters.contains(marker) || containsWithinOneEdit(letters, marker)) {
                return true;
            }
        }
        return false;
    }

    private static boolean containsWithinOneEdit(String text, String marker) {
        for (int length = marker.length() - 1; length <= marker.length() + 1; length++) {
            for (int start = 0; start + length <= text.length(); start++) {
                if (KeySuggestions.editDistance(text.substring(start, start + length), marker) <= 1) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The value itself, quoted, or {@link #REDACTED} when the key is secret. */
    public static String displayValue(String key, String value) {
        return isSecret(key) ? REDACTED : "'" + value + "'";
    }
}
