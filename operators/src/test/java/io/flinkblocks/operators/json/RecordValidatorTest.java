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
package io.flinkblocks.operators.json;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.flink.util.InstantiationUtil;
import org.junit.jupiter.api.Test;

import io.flinkblocks.operators.deadletter.DeadLetterReason;
import io.flinkblocks.operators.model.StockTick;

class RecordValidatorTest {

    private static final StockTick NO_TICKER = new StockTick(null, null, 1);

    @Test
    void aMissingFieldIsAProblemValueWithItsReason() {
        RecordProblem problem = RecordValidator.<StockTick>requireNonNull("ticker", StockTick::getTicker)
                .check(NO_TICKER);

        assertThat(problem.reason()).isEqualTo(DeadLetterReason.MISSING_FIELD);
        assertThat(problem.message()).isEqualTo("missing required field 'ticker'");
    }

    @Test
    void theTextOfAProblemNeverDecidesItsReason() {
        RecordValidator<StockTick> lookalike = tick -> "missing required field: ticker";

        assertThat(lookalike.check(NO_TICKER).reason()).isEqualTo(DeadLetterReason.INVALID);
    }

    @Test
    void andKeepsTheReasonOfTheFirstProblemAndSurvivesSerialization() throws Exception {
        RecordValidator<StockTick> both = RecordValidator.<StockTick>requireNonNull("ticker", StockTick::getTicker)
                .and(StockTick.validator());
        RecordValidator<StockTick> shipped = InstantiationUtil.clone(both);

        assertThat(shipped.check(NO_TICKER).reason()).isEqualTo(DeadLetterReason.MISSING_FIELD);
        assertThat(shipped.problem(NO_TICKER)).isEqualTo("missing required field 'ticker'");
        assertThat(shipped.check(new StockTick(null, "AMZN", -1)).reason()).isEqualTo(DeadLetterReason.INVALID);
        assertThat(shipped.check(new StockTick(null, "AMZN", 1))).isNull();
    }
}
