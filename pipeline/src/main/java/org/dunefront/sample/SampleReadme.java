package org.dunefront.sample;

import org.dunefront.wind.WindDirection;
import java.util.Locale;
import java.util.Map;
import org.dunefront.grid.GridGeometry;
import org.dunefront.legend.LandCoverClass;
import org.dunefront.legend.Legend;

/** Renders the sample folder's README.md: what the basin is, how it was made, every file, checksums. */
final class SampleReadme {
    private SampleReadme() { }

    static String render(SampleBasin b, SampleBasinParameters p, Legend legend, WindSummary wind,
                         Map<String, String> sha256, String command) {
        GridGeometry g = b.grid(), wg = b.windU().grid();
        double[] env = g.envelope(), wenv = wg.envelope();
        StringBuilder s = new StringBuilder();
        s.append("# Sample basin (synthetic)\n\n");
        s.append("**These files are synthetic.** They are not measurements or a map of any real place. The generator ")
                .append("lays out a study area after the geography of the regional plan's Jinchang / Shiyang River Basin ")
                .append("area (Gansu, China) so that every stage of Dunefront can be learnt and tested on a realistic ")
                .append("case: a Longshou-like mountain ridge along the south-west side (running NW-SE) with an open-pit ")
                .append("mine at its foot, a sand sea entering from the north-west (Badain Jaran side), a second desert edge ")
                .append("in the east (Tengger side), gobi plains, an oasis city with farmland, monoculture shelterbelts ")
                .append("around the city and across the fields, saline-alkali patches at the farmland fringe and around ")
                .append("the wetlands, a seasonal river flowing south-west to north-east (channelized through the oasis) ")
                .append("into a terminal lake, roads, and two solar parks on the gobi. Shapes, elevations and winds are ")
                .append("drawn from seeded noise and simple rules; place names carry \"(synthetic)\".\n\n");
        s.append("## How it was generated\n\n```\n").append(command).append("\n```\n\n");
        s.append(String.format(Locale.ROOT, "Seed %d, %d x %d cells of %s m (%s x %s km), wind year %d. The generator is ",
                p.seed(), p.widthCells(), p.heightCells(), num(p.cellSizeM()), num(p.widthCells() * p.cellSizeM() / 1000),
                num(p.heightCells() * p.cellSizeM() / 1000), p.windYear()));
        s.append("deterministic (java.util.SplittableRandom seeded with the seed, value-noise fBm; the same bytes on any number of threads): running the ")
                .append("command again gives byte-identical files (compare with the checksums below). A different seed gives a ")
                .append("different basin with the same layout. Larger sizes (e.g. `--size 4000x4000`) are generated on demand ")
                .append("for benchmarks and are not committed.\n\n");
        s.append("## Study grid\n\n");
        s.append(String.format(Locale.ROOT, "- CRS: EPSG:32648 (WGS 84 / UTM zone 48N); centred on 102.2°E 38.5°N (UTM %s E, %s N).%n",
                num(Math.round(UtmZone48N.forward(102.2, 38.5)[0] * 100) / 100.0),
                num(Math.round(UtmZone48N.forward(102.2, 38.5)[1] * 100) / 100.0)));
        s.append(String.format(Locale.ROOT, "- Extent: x %s .. %s, y %s .. %s m; %d x %d cells of %s m, north up.%n",
                num(env[0]), num(env[2]), num(env[1]), num(env[3]), g.width(), g.height(), num(p.cellSizeM())));
        s.append(String.format(Locale.ROOT, "- Wind grid: EPSG:4326, %d x %d cells of %s°, lon %s .. %s, lat %s .. %s.%n%n",
                wg.width(), wg.height(), num(p.windCellSizeDeg()), deg(wenv[0]), deg(wenv[2]), deg(wenv[1]), deg(wenv[3])));
        s.append("## Files\n\n");
        s.append("| File | Layer | Type | Units | CRS | Nodata | Content |\n|---|---|---|---|---|---|---|\n");
        s.append("| `landcover.tif` | land cover | UInt8, 1 band | legend code | EPSG:32648, 30 m | 0 | ")
                .append("Codes of the default legend (`styles/legend.yaml`, table below); colour table and category names embedded. |\n");
        s.append("| `landcover.qml` | style | QGIS QML | | | | Paletted style applied by QGIS when it opens `landcover.tif`. |\n");
        s.append("| `dem.tif` | elevation | Float32, 1 band | m above sea level | EPSG:32648, 30 m | -9999 | ")
                .append("Regional slope down to the NE (about 1450-1700 m), the ridge rising to about 2500 m, dunes of 8-22 m in ")
                .append("the sand seas, a 70 m deep mine pit, river incision. |\n");
        s.append("| `plantation_mask.tif` | plantation | UInt8, 1 band | 1 = plantation | EPSG:32648, 30 m | 255 | ")
                .append("1 where monoculture shelterbelt plantations stand (same cells as legend class 14), 0 elsewhere. |\n");
        s.append(String.format(Locale.ROOT, "| `wind_u10.tif` | wind u | Float32, %d bands | m s-1 (eastward) | EPSG:4326, %s° | -9999 | ",
                b.windU().bandCount(), num(p.windCellSizeDeg())));
        s.append("10 m eastward wind, one band per 6-hourly step; each band has a `time` metadata item (ISO-8601 UTC) and the description `u10 <time>`. |\n");
        s.append(String.format(Locale.ROOT, "| `wind_v10.tif` | wind v | Float32, %d bands | m s-1 (northward) | EPSG:4326, %s° | -9999 | ",
                b.windV().bandCount(), num(p.windCellSizeDeg())));
        s.append("10 m northward wind, same grid and time steps. |\n");
        s.append("| `rivers.gpkg` | `rivers` | GeoPackage lines | m | EPSG:32648 | | Fields `name` (text), `channelized` and `seasonal` ")
                .append("(boolean); styled by `channelized` in `layer_styles`. |\n");
        s.append("| `roads.gpkg` | `roads` | GeoPackage lines | m | EPSG:32648 | | Fields `name`, `kind` (expressway / local); styled in `layer_styles`. |\n");
        s.append("| `sample.yaml` | study configuration | YAML | | | | `study:` section pointing ingest at these files: ")
                .append("`dunefront run --config rasters/sample.yaml`. |\n");
        s.append("\n`*.aux.xml` files, when present, are GDAL PAM sidecars written with the GeoTIFFs (category names).\n\n");
        s.append("## Wind regime\n\n");
        s.append(String.format(Locale.ROOT, "%d six-hourly steps from %s to %s. Prevailing winds from the west-north-west, ",
                b.windU().bandCount(), b.windU().bandInfo(0).metadata().get("time"),
                b.windU().bandInfo(b.windU().bandCount() - 1).metadata().get("time")));
        s.append("north-west and west with a northerly share, strongest in spring (March-May) and in the early afternoon; weaker and more easterly in ")
                .append("summer. Speeds are Weibull draws (shape 2) scaled so that the Fryberger & Dean (1979) drift potential ")
                .append("(threshold 12 kn at 10 m) lands in the intermediate class (200-399 VU). Basin mean over the wind cells:\n\n");
        s.append(String.format(Locale.ROOT, "- drift potential DP = %.1f VU (intermediate energy)%n", wind.dpVu()));
        s.append(String.format(Locale.ROOT, "- resultant RDP = %.1f VU, RDP/DP = %.2f%n", wind.rdpVu(), wind.rdpVu() / wind.dpVu()));
        s.append(String.format(Locale.ROOT, "- resultant drift direction RDD = %.1f° (sand moves toward the %s)%n", wind.rddDeg(),
                WindDirection.compassPoint16(wind.rddDeg())));
        s.append(String.format(Locale.ROOT, "- mean wind speed %.2f m/s%n%n", wind.meanSpeedMps()));
        s.append("## Land-cover legend (`styles/legend.yaml`)\n\n");
        s.append("| Code | Id | Name | 中文 | Colour | Cover | z0 (m) | Surface | Asset value |\n|---|---|---|---|---|---|---|---|---|\n");
        for (LandCoverClass c : legend.classes()) {
            s.append(String.format(Locale.ROOT, "| %d | `%s` | %s | %s | `%s` | %s | %s | %s | %s |%n", c.code(), c.id(), c.name(),
                    c.nameZh(), c.hexColour(), num(c.vegetationCover()), num(c.roughnessLengthM()), c.surface(), num(c.assetValue())));
        }
        s.append("\nCode 0 is nodata. Roughness lengths after Wieringa (1993) and Stull (1988); see the legend file for the reference of each value.\n\n");
        s.append("## Checksums (SHA-256)\n\n```\n");
        for (Map.Entry<String, String> e : sha256.entrySet()) s.append(e.getValue()).append("  ").append(e.getKey()).append('\n');
        s.append("```\n\nCheck with `sha256sum -c` on the lines above, or regenerate and compare.\n");
        return s.toString();
    }

    /** Degrees rounded to 1e-9 (removes binary noise such as 38.300000000000004). */
    private static String deg(double v) {
        return num(Math.round(v * 1e9) / 1e9);
    }

    private static String num(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) return Long.toString((long) v);
        return new java.math.BigDecimal(Double.toString(v)).stripTrailingZeros().toPlainString();
    }
}
