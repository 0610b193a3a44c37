package org.dunefront.grid;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A raster held in memory, usable both as a {@link RasterSource} and a {@link RasterSink}: for
 * tiny test grids, coarse wind grids and intermediate layers small enough for the heap. Reads
 * outside the extent return the nodata fill value (halo semantics of {@link RasterSource}).
 */
public final class MemoryRaster implements RasterSource, RasterSink {
    private final String name;
    private final GridGeometry grid;
    private final DataType type;
    private final List<BandInfo> bands;
    private final List<RasterBlock> data;

    public MemoryRaster(String name, GridGeometry grid, DataType type, List<BandInfo> bands) {
        this.name = Objects.requireNonNull(name);
        this.grid = Objects.requireNonNull(grid);
        this.type = Objects.requireNonNull(type);
        this.bands = List.copyOf(bands);
        this.data = new ArrayList<>();
        for (BandInfo b : this.bands) data.add(RasterBlock.filled(type, grid.extent(), b.noData()));
    }

    /** Single-band raster with the given nodata. */
    public static MemoryRaster single(String name, GridGeometry grid, DataType type, NoData noData) {
        return new MemoryRaster(name, grid, type, List.of(BandInfo.of(noData)));
    }

    /** Direct access to the whole band (no copy). */
    public RasterBlock band(int band) {
        return data.get(band);
    }

    @Override public String name() { return name; }
    @Override public GridGeometry grid() { return grid; }
    @Override public int bandCount() { return bands.size(); }
    @Override public DataType dataType() { return type; }
    @Override public BandInfo bandInfo(int band) { return bands.get(band); }
    @Override public int[] blockSize() { return new int[] {grid.width(), grid.height()}; }

    @Override
    public RasterBlock read(int band, Window window) {
        RasterBlock src = data.get(band);
        RasterBlock out = RasterBlock.filled(type, window, bands.get(band).noData());
        out.copyFrom(src);
        return out;
    }

    @Override
    public void write(int band, RasterBlock block) {
        if (!grid.extent().contains(block.window())) {
            throw new IllegalArgumentException("Block " + block.window() + " outside grid " + grid.extent());
        }
        RasterBlock dst = data.get(band);
        synchronized (dst) {
            dst.copyFrom(block);
        }
    }

    @Override public void commit() { }
    @Override public void close() { }
}
