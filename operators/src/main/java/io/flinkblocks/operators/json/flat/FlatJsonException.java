package io.flinkblocks.operators.json.flat;

/** A record that is not a flat JSON object of the expected fields; the message says what and where. */
public class FlatJsonException extends Exception {

    private static final long serialVersionUID = 1L;

    private final int position;

    public FlatJsonException(String message, int position) {
        super(message + (position >= 0 ? " at byte " + position : ""));
        this.position = position;
    }

    /** The byte offset in the record where reading stopped, or -1 for the record as a whole. */
    public int getPosition() {
        return position;
    }
}
