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
package io.flinkblocks.examples.gettingstartedtable;

import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.table.api.bridge.java.StreamStatementSet;
import org.apache.flink.table.api.bridge.java.StreamTableEnvironment;
import org.apache.flink.table.api.config.ExecutionConfigOptions;

import io.flinkblocks.runtime.ApplicationProperties;
import io.flinkblocks.runtime.JobLauncher;
import io.flinkblocks.runtime.PropertyGroup;

/**
 * The guide's Table API application in SQL: stock ticks priced above a threshold (the guide's 50),
 * projected with their date and hour, written as JSON files partitioned by ticker, date and hour.
 * The input table is generated (dev) or any table connector, Kinesis in production; the output is
 * the {@code filesystem} connector on an {@code s3://} or {@code file://} path.
 */
public final class GettingStartedTableJob {

    static final String INPUT_GROUP = "InputTable";
    static final String OUTPUT_GROUP = "OutputTable";

    private GettingStartedTableJob() {}

    public static void main(String[] args) throws Exception {
        JobLauncher.run("getting-started-table", args, GettingStartedTableJob::build);
    }

    static void build(StreamExecutionEnvironment env, ApplicationProperties properties) {
        StreamTableEnvironment tables = StreamTableEnvironment.create(env);
        // Every SQL operator gets a uid, so the job's state survives restarts from a snapshot on MSF.
        tables.getConfig()
                .set(ExecutionConfigOptions.TABLE_EXEC_UID_GENERATION, ExecutionConfigOptions.UidGeneration.ALWAYS);

        PropertyGroup input = properties.group(INPUT_GROUP);
        PropertyGroup output = properties.group(OUTPUT_GROUP);
        tables.executeSql(StockTickTables.inputTable("stock_ticks", input));
        tables.executeSql(StockTickTables.outputTable("filtered_ticks", output));

        String filtered = "SELECT event_time, ticker, price,"
                + " DATE_FORMAT(event_time, 'yyyy-MM-dd') AS dt, DATE_FORMAT(event_time, 'HH') AS hr"
                + " FROM stock_ticks WHERE price > " + input.getDouble("price.min", 50.0);

        StreamStatementSet statements = tables.createStatementSet();
        statements.addInsertSql("INSERT INTO filtered_ticks " + filtered);
        if (output.getBoolean("print", false)) {
            tables.executeSql(StockTickTables.printTable("printed_ticks"));
            statements.addInsertSql("INSERT INTO printed_ticks " + filtered);
        }
        // Adds the SQL pipelines to env, so the launcher executes them like any DataStream job.
        statements.attachAsDataStream();
    }
}
