package org.dunefront.plan;

/**
 * Bits of the rivers raster: a cell value is the OR of the bits of the flags that apply
 * (e.g. RIVER | CHANNELIZED | SEASONAL = 7).
 */
public enum RiverFlag {
    RIVER(1), CHANNELIZED(2), SEASONAL(4);

    private final int bit;

    RiverFlag(int bit) { this.bit = bit; }

    public int bit() { return bit; }

    public boolean in(int cellValue) { return (cellValue & bit) != 0; }

    /** The raster value of a set of flags. */
    public static int valueOf(RiverFlag... flags) {
        int v = 0;
        for (RiverFlag f : flags) v |= f.bit;
        return v;
    }
}
