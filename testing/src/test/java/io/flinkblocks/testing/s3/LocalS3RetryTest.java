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
package io.flinkblocks.testing.s3;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.junit.jupiter.api.Test;

class LocalS3RetryTest {

    @Test
    void aReadAnsweredWithServerErrorsIsTriedAgainUntilItSucceeds() {
        Deque<Integer> answers = new ArrayDeque<>(List.of(500, 503, 200));

        LocalS3.Response response = LocalS3.retryingServerErrors(() -> answer(answers.poll()));

        assertThat(response.status).isEqualTo(200);
        assertThat(answers).isEmpty();
    }

    @Test
    void aReadIsTriedAtMostReadAttemptsTimesAndTheLastAnswerReturned() {
        Deque<Integer> answers = new ArrayDeque<>(List.of(500, 500, 500, 500, 200));

        LocalS3.Response response = LocalS3.retryingServerErrors(() -> answer(answers.poll()));

        assertThat(response.status).isEqualTo(500);
        assertThat(answers).hasSize(5 - LocalS3.READ_ATTEMPTS);
    }

    @Test
    void aClientErrorIsNotTriedAgain() {
        Deque<Integer> answers = new ArrayDeque<>(List.of(404, 200));

        assertThat(LocalS3.retryingServerErrors(() -> answer(answers.poll())).status)
                .isEqualTo(404);
        assertThat(answers).hasSize(1);
    }

    private static LocalS3.Response answer(int status) {
        return new LocalS3.Response(status, new byte[0]);
    }
}
