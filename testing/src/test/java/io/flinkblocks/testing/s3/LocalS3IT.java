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

import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class LocalS3IT {

    @RegisterExtension
    static final LocalS3Extension S3 = new LocalS3Extension();

    @Test
    void objectsPutOverHttpAreListedAndRead(LocalS3 s3) {
        String bucket = s3.bucket("helpers");
        s3.putObject(bucket, "a/2026-11-24--10/part-0", "one\n".getBytes(StandardCharsets.UTF_8));
        s3.putObject(bucket, "a/2026-11-24--11/part-1", "two\n".getBytes(StandardCharsets.UTF_8));
        s3.putObject(bucket, "b/other", new byte[0]);

        assertThat(s3.listObjects(bucket, "a/")).containsExactly("a/2026-11-24--10/part-0", "a/2026-11-24--11/part-1");
        assertThat(s3.readObject(bucket, "a/2026-11-24--11/part-1")).isEqualTo("two\n");
    }

    @Test
    void flinksS3FileSystemReachesTheLocalS3(LocalS3 s3) throws Exception {
        String bucket = s3.bucket("flink-fs");
        Path path = new Path("s3://" + bucket + "/written/by/flink.txt");
        FileSystem fileSystem = path.getFileSystem();

        try (OutputStream out = fileSystem.create(path, FileSystem.WriteMode.OVERWRITE)) {
            out.write("from flink".getBytes(StandardCharsets.UTF_8));
        }

        assertThat(s3.readObject(bucket, "written/by/flink.txt")).isEqualTo("from flink");
        try (InputStream in = fileSystem.open(path)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo("from flink");
        }
    }

    @Test
    void bucketsAreCreatedOnceAndReused(LocalS3 s3) {
        assertThat(s3.bucket("again")).isEqualTo("again");
        assertThat(s3.bucket("again")).isEqualTo("again");
        assertThat(s3.listObjects("again", "")).isEmpty();
    }
}
