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
package io.flinkblocks.connectors.aws;

import java.lang.reflect.Method;
import java.util.function.Function;

import org.apache.flink.annotation.PublicEvolving;

/**
 * Guards against FLINK-35559: {@code flink-connector-kinesis} 4.3.0 carries unrelocated copies of
 * {@code org.apache.flink.connector.aws.sink.throwable.*} (and {@code ...aws.table.util.*}) compiled
 * against its shaded AWS SDK, while {@code flink-connector-aws-base}, which the Firehose connector
 * brings, has the same classes compiled against the plain SDK. Whichever comes first on the class
 * path wins. The Kinesis DataStream sink and sources never use these classes; the Firehose sink does,
 * on its error path: with the Kinesis copy, classifying a Firehose service error throws a
 * {@code ClassCastException} inside the writer's callback, and the job neither retries nor fails: an
 * {@code AccessDeniedException} left a test job hanging until it was killed.
 *
 * <p>So the plain-SDK copy of {@code flink-connector-aws-base} must win: declare it before
 * {@code flink-connector-kinesis} (Maven puts direct dependencies on the class path, and the shade
 * plugin into the JAR, in declaration order), or drop the two packages from the Kinesis artifact
 * with a shade filter. The Firehose factory calls {@link #requirePlainSdkExceptionClassifier()} so a
 * wrong order fails before the job starts, not at the first throttling.
 */
@PublicEvolving
public final class AwsConnectorClasspath {

    static final String CLASSIFIER_UTIL = "org.apache.flink.connector.aws.sink.throwable.AWSExceptionClassifierUtil";
    private static final String KINESIS_SHADED_SDK = "org.apache.flink.kinesis.shaded.software.amazon.awssdk";

    private AwsConnectorClasspath() {}

    /**
     * The AWS SDK package the loaded {@code AWSExceptionClassifierUtil} was compiled against:
     * {@code software.amazon.awssdk} (from flink-connector-aws-base) or the Kinesis connector's
     * shaded copy; empty when neither connector is on the class path.
     */
    public static String exceptionClassifierSdk() {
        try {
            Class<?> util = Class.forName(CLASSIFIER_UTIL, false, AwsConnectorClasspath.class.getClassLoader());
            Method method = util.getMethod("withAWSServiceErrorCode", Class.class, String.class, Function.class);
            String parameter = method.getGenericParameterTypes()[0].getTypeName();
            return parameter.contains(KINESIS_SHADED_SDK) ? KINESIS_SHADED_SDK : "software.amazon.awssdk";
        } catch (ClassNotFoundException | NoSuchMethodException e) {
            return "";
        } catch (LinkageError e) {
            // Resolving the parameter type failed: the copy points at an SDK that is absent.
            return "unresolvable (" + e + ")";
        }
    }

    /** Fails when the Kinesis connector's copy of the exception classifier shadows the plain one. */
    public static void requirePlainSdkExceptionClassifier() {
        String sdk = exceptionClassifierSdk();
        if (!sdk.equals("software.amazon.awssdk")) {
            throw new IllegalStateException("The class " + CLASSIFIER_UTIL + " on the class path was compiled against "
                    + (sdk.isEmpty() ? "nothing (flink-connector-aws-base is missing)" : sdk)
                    + ", so the Firehose sink would break (ClassCastException, then a hung writer) on its first service error"
                    + " (FLINK-35559). Declare org.apache.flink:flink-connector-aws-base (or"
                    + " flink-connector-aws-kinesis-firehose) before flink-connector-kinesis in the pom, or exclude"
                    + " org/apache/flink/connector/aws/sink/throwable/** and org/apache/flink/connector/aws/table/util/**"
                    + " of flink-connector-kinesis with a shade filter.");
        }
    }
}
