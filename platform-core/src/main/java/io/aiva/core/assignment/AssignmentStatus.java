package io.aiva.core.assignment;

/** Where an assignment is: open ({@code INVITED}, {@code STARTED}) or ended (the other three). */
public enum AssignmentStatus {
    INVITED, STARTED, COMPLETED, EXPIRED, CANCELED;

    public boolean open() {
        return this == INVITED || this == STARTED;
    }
}
