package org.dunefront.sweep;

/**
 * A patch as ranked and scheduled by one run.
 *
 * @param rank  rank (1 = highest priority)
 * @param phase phase it was scheduled in (1-based), 0 = not selected
 */
public record PatchOutcome(double rank, int phase) {
    public boolean selected() {
        return phase > 0;
    }
}
