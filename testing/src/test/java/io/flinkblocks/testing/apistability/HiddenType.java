package io.flinkblocks.testing.apistability;

final class HiddenType {}
