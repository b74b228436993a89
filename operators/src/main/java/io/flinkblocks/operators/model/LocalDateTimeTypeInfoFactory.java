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
package io.flinkblocks.operators.model;

import java.lang.reflect.Type;
import java.time.LocalDateTime;
import java.util.Map;

import org.apache.flink.annotation.Internal;
import org.apache.flink.api.common.typeinfo.TypeInfoFactory;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.common.typeinfo.Types;

/**
 * Gives {@link LocalDateTime} fields Flink's own serializer: without it, Flink's POJO analysis treats
 * them as generic types and serializes them with Kryo, which is slower and breaks on Java 17 without
 * extra {@code --add-opens}.
 */
@Internal
public class LocalDateTimeTypeInfoFactory extends TypeInfoFactory<LocalDateTime> {

    @Override
    public TypeInformation<LocalDateTime> createTypeInfo(Type t, Map<String, TypeInformation<?>> genericParameters) {
        return Types.LOCAL_DATE_TIME;
    }
}
