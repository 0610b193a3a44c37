package org.dunefront.transport;

import java.util.Objects;
import org.dunefront.wind.WindDirection;

/**
 * Which cells are sheltered for which wind sector: bit k of {@code bits[cell]} is set when the cell is a
 * local lee zone (Sx_local,k &gt; leeShelterThresholdDeg) or mountain-blocked (Sx_regional,k &gt;
 * regionalShelterThresholdDeg) for wind blowing FROM sector k (k·360/S ± 180/S degrees). One 16-bit word
 * per cell holds both scales for up to 16 sectors (2 bytes per cell instead of two float layers per sector).
 *
 * <p>{@link CapacityFluxOp} asks, per cell and flux period, for the sector the potential flux comes from
 * (flux direction + 180°), so a ridge shelters its lee side only while the wind blows over it.
 * Immutable once built; build with {@link #builder}.
 */
public final class ShelterMask {
    private final int sectors;
    private final short[] bits;

    private ShelterMask(int sectors, short[] bits) {
        this.sectors = sectors;
        this.bits = bits;
    }

    public int sectors() {
        return sectors;
    }

    public int cellCount() {
        return bits.length;
    }

    /** Whether {@code cell} is sheltered for wind blowing FROM sector {@code k}. */
    public boolean sheltered(int cell, int k) {
        return (bits[cell] >>> k & 1) != 0;
    }

    /**
     * Whether {@code cell} is sheltered from a potential flux (qx east, qy north; the direction sand moves
     * toward). A zero flux has no direction and is never sheltered.
     */
    public boolean shelteredFromFlux(int cell, double qxEast, double qyNorth) {
        if (bits[cell] == 0 || (qxEast == 0 && qyNorth == 0)) return false;
        return sheltered(cell, sectorOf(WindDirection.azimuthDeg(-qxEast, -qyNorth), sectors));
    }

    /** The sector (0..S−1) of an azimuth the wind blows FROM: the nearest k·360/S. */
    public static int sectorOf(double fromDeg, int sectors) {
        return (int) Math.floorMod(Math.round(fromDeg / (360.0 / sectors)), (long) sectors);
    }

    public static Builder builder(int cells, int sectors) {
        return new Builder(cells, sectors);
    }

    /** Collects the sheltered cells sector by sector and scale by scale (one float layer at a time). */
    public static final class Builder {
        private final int sectors;
        private short[] bits;

        Builder(int cells, int sectors) {
            if (sectors < 1 || sectors > 16) throw new IllegalArgumentException("sectors must be in [1, 16], got " + sectors);
            this.sectors = sectors;
            this.bits = new short[cells];
        }

        public int sectors() {
            return sectors;
        }

        /** Marks the cells of sector {@code k} whose Sx exceeds {@code thresholdDeg} (NaN never does). */
        public Builder mark(int k, float[] sxDeg, double thresholdDeg) {
            Objects.requireNonNull(sxDeg, "sxDeg");
            if (k < 0 || k >= sectors) throw new IllegalArgumentException("sector " + k + " outside 0.." + (sectors - 1));
            if (sxDeg.length != bits.length) {
                throw new IllegalArgumentException("Sx layer has " + sxDeg.length + " cells, the mask " + bits.length);
            }
            short bit = (short) (1 << k);
            for (int i = 0; i < sxDeg.length; i++) if (sxDeg[i] > thresholdDeg) bits[i] |= bit;
            return this;
        }

        /**
         * Marks sector {@code k} on the cells {@code firstCell + j} where {@code flags[j]}, j &lt; {@code length}:
         * for layers built strip by strip (e.g. a block majority of study-cell flags on a coarser grid).
         */
        public Builder mark(int k, boolean[] flags, int firstCell, int length) {
            Objects.requireNonNull(flags, "flags");
            if (k < 0 || k >= sectors) throw new IllegalArgumentException("sector " + k + " outside 0.." + (sectors - 1));
            if (length > flags.length || firstCell < 0 || firstCell + length > bits.length) {
                throw new IllegalArgumentException("cells " + firstCell + "+" + length + " outside the mask of " + bits.length);
            }
            short bit = (short) (1 << k);
            for (int j = 0; j < length; j++) if (flags[j]) bits[firstCell + j] |= bit;
            return this;
        }

        public ShelterMask build() {
            ShelterMask m = new ShelterMask(sectors, bits);
            bits = null; // the mask owns the array
            return m;
        }
    }
}
