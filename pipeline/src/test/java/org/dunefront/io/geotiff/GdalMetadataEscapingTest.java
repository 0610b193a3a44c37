package org.dunefront.io.geotiff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.dunefront.grid.BandInfo;
import org.dunefront.grid.NoData;
import org.junit.jupiter.api.Test;

/** GDAL_METADATA item values are escaped twice by GDAL; the writer does the same and the reader undoes both. */
class GdalMetadataEscapingTest {
    /** The bytes GDAL 3.6.2 writes for SetDescription("F & D <200") and SetMetadataItem("src", "ERA5 & <re>"). */
    private static final String GDAL_WRITTEN = """
            <GDALMetadata>
              <Item name="src" sample="0">ERA5 &amp;amp; &amp;lt;re&amp;gt;</Item>
              <Item name="DESCRIPTION" sample="0" role="description">F &amp;amp; D &amp;lt;200</Item>
            </GDALMetadata>
            """;

    @Test
    void readsGdalsDoubleEscapedValues() {
        GdalMetadata md = GdalMetadata.parse(GDAL_WRITTEN);
        assertEquals("F & D <200", md.band(0).description);
        assertEquals("ERA5 & <re>", md.band(0).items.get("src"));
    }

    @Test
    void writesWhatGdalWritesAndReadsItBack() {
        BandInfo band = BandInfo.of(NoData.NAN).withDescription("F & D <200").withMetadata(Map.of("src", "ERA5 & <re>"));
        String xml = GdalMetadataXml.metadata(Map.of(), List.of(band));
        assertEquals("""
                <GDALMetadata>
                  <Item name="DESCRIPTION" sample="0" role="description">F &amp;amp; D &amp;lt;200</Item>
                  <Item name="src" sample="0">ERA5 &amp;amp; &amp;lt;re&amp;gt;</Item>
                </GDALMetadata>
                """, xml);
        GdalMetadata md = GdalMetadata.parse(xml);
        assertEquals("F & D <200", md.band(0).description);
        assertEquals("ERA5 & <re>", md.band(0).items.get("src"));
    }

    @Test
    void singleEscapedFilesFromEarlierVersionsReadUnchanged() {
        GdalMetadata md = GdalMetadata.parse("<GDALMetadata><Item name=\"DESCRIPTION\" sample=\"0\" role=\"description\">"
                + "Fryberger &amp; Dean &#233;t&#xE9; &lt;200</Item></GDALMetadata>");
        assertEquals("Fryberger & Dean été <200", md.band(0).description);
    }
}
