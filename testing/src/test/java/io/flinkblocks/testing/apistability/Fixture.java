package io.flinkblocks.testing.apistability;

/** An annotation kept in the class file, with values the check has to step over. */
@interface Fixture {

    String value();

    int[] numbers() default {};
}
