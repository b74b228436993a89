package io.flinkblocks.runtime;

import java.util.List;
import java.util.Locale;

/**
 * Decides which keys hold secrets, so that their values never reach a log line, an exception
 * message or a {@code toString}. The test is on the key name, case-insensitive, so it also covers
 * keys of connectors we do not know.
 */
public final class SecretKeys {

    /** Shown instead of a secret value. */
    public static final String REDACTED = "<redacted>";

    private static final List<String> SECRET_MARKERS =
            List.of("secret", "password", "passwd", "passphrase", "jaas.config", "token",
                    "private.key", "privatekey", "credentials.provider.basic.secretkey");

    private SecretKeys() {}

    /** True when the key name looks like it holds a secret (password, secret key, JAAS config, token...). */
    public static boolean isSecret(String key) {
        if (key == null) {
            return false;
        }
        String lower = key.toLowerCase(Locale.ROOT);
        for (String marker : SECRET_MARKERS) {
            if (lower.contains(marker)) {
                return true;
            }
        }
        return false;
    }

    /** The value itself, quoted, or {@link #REDACTED} when the key is secret. */
    public static String displayValue(String key, String value) {
        return isSecret(key) ? REDACTED : "'" + value + "'";
    }
}
