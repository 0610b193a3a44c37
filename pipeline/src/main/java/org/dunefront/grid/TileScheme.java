package org.dunefront.grid;

import java.util.ArrayList;
import java.util.List;

/**
 * Regular partition of a grid extent into tiles (row-major order, last row/column clipped).
 *
 * @param width      grid width in cells
 * @param height     grid height in cells
 * @param tileWidth  tile width in cells (default {@value #DEFAULT_TILE_SIZE})
 * @param tileHeight tile height in cells
 */
public record TileScheme(int width, int height, int tileWidth, int tileHeight) {
    public static final int DEFAULT_TILE_SIZE = 512;

    public TileScheme {
        if (width < 1 || height < 1 || tileWidth < 1 || tileHeight < 1) {
            throw new IllegalArgumentException("Invalid tile scheme " + width + "x" + height + " / " + tileWidth + "x" + tileHeight);
        }
    }

    public static TileScheme of(GridGeometry grid) {
        return new TileScheme(grid.width(), grid.height(), DEFAULT_TILE_SIZE, DEFAULT_TILE_SIZE);
    }

    public static TileScheme of(GridGeometry grid, int tileSize) {
        return new TileScheme(grid.width(), grid.height(), tileSize, tileSize);
    }

    public int tilesAcross() {
        return (width + tileWidth - 1) / tileWidth;
    }

    public int tilesDown() {
        return (height + tileHeight - 1) / tileHeight;
    }

    public int tileCount() {
        return tilesAcross() * tilesDown();
    }

    /** The window of tile (tx, ty), clipped to the grid. */
    public Window tile(int tx, int ty) {
        int c = tx * tileWidth, r = ty * tileHeight;
        return new Window(c, r, Math.min(tileWidth, width - c), Math.min(tileHeight, height - r));
    }

    /** Tile windows in row-major order. */
    public List<Window> tiles() {
        List<Window> out = new ArrayList<>(tileCount());
        for (int ty = 0; ty < tilesDown(); ty++) for (int tx = 0; tx < tilesAcross(); tx++) out.add(tile(tx, ty));
        return out;
    }
}
