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
package io.flinkblocks.operators.text;

import org.apache.flink.annotation.Internal;

/** A strict UTF-8 check (no overlong forms, no surrogates, nothing above U+10FFFF), without allocating. */
@Internal
public final class Utf8 {

    private Utf8() {}

    public static boolean isValid(byte[] bytes) {
        return isValid(bytes, 0, bytes.length);
    }

    /** Whether the first {@code n} bytes are valid UTF-8 on their own. */
    public static boolean isValid(byte[] bytes, int n) {
        return isValid(bytes, 0, n);
    }

    /** Whether {@code bytes[from, to)} are valid UTF-8 on their own. */
    public static boolean isValid(byte[] bytes, int from, int to) {
        int n = to;
        int i = from;
        while (i < n) {
            int b = bytes[i];
            if (b >= 0) { // ASCII: the common case, one compare per byte
                i++;
                continue;
            }
            b &= 0xFF;
            if (b >= 0xC2 && b <= 0xDF) {
                if (!continuation(bytes, i + 1, n)) {
                    return false;
                }
                i += 2;
            } else if (b >= 0xE0 && b <= 0xEF) {
                if (i + 2 >= n || !continuation(bytes, i + 1, n) || !continuation(bytes, i + 2, n)) {
                    return false;
                }
                int b1 = bytes[i + 1] & 0xFF;
                if ((b == 0xE0 && b1 < 0xA0) || (b == 0xED && b1 > 0x9F)) {
                    return false; // overlong, or a UTF-16 surrogate
                }
                i += 3;
            } else if (b >= 0xF0 && b <= 0xF4) {
                if (i + 3 >= n
                        || !continuation(bytes, i + 1, n)
                        || !continuation(bytes, i + 2, n)
                        || !continuation(bytes, i + 3, n)) {
                    return false;
                }
                int b1 = bytes[i + 1] & 0xFF;
                if ((b == 0xF0 && b1 < 0x90) || (b == 0xF4 && b1 > 0x8F)) {
                    return false; // overlong, or above U+10FFFF
                }
                i += 4;
            } else {
                return false;
            }
        }
        return true;
    }

    private static boolean continuation(byte[] bytes, int index, int n) {
        return index < n && (bytes[index] & 0xC0) == 0x80;
    }

    public static boolean isBlank(byte[] bytes) {
        for (byte b : bytes) {
            if (b != ' ' && b != '\t' && b != '\n' && b != '\r') {
                return false;
            }
        }
        return true;
    }
}
