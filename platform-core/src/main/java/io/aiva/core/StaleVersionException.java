package io.aiva.core;

import java.util.OptionalLong;

/** A change was made against a version of an item that is no longer its current one. */
public class StaleVersionException extends RuntimeException {

    private final long currentVersion;

    public StaleVersionException(long currentVersion) {
        super("the item changed since that version; it is now at version " + currentVersion);
        this.currentVersion = currentVersion;
    }

    /**
     * Refuses a change made against a version that is no longer the item's; no expected version
     * (an unconditional change) passes.
     */
    public static void refuseStale(OptionalLong expectedVersion, long currentVersion) {
        if (expectedVersion.isPresent() && expectedVersion.getAsLong() != currentVersion) {
            throw new StaleVersionException(currentVersion);
        }
    }

    public long currentVersion() {
        return currentVersion;
    }
}
