package org.dunefront.io.gdal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** CF time units and GRIB valid times, converted by hand. */
class BandTimesTest {

    @Test
    void cfHoursSince1900() {
        // 1900-01-01 -> 1995-01-01: 95 years, 23 leap days (1904..1992) = 34698 days; Jan 1 -> Jul 14 = 194 days;
        // 34892 days * 24 h + 12 h = 837420 h
        assertEquals(Instant.parse("1995-07-14T12:00:00Z"), BandTimes.cfTime(837420, "hours since 1900-01-01 00:00:00.0").orElseThrow());
    }

    @Test
    void cfDaysSecondsAndOffsets() {
        assertEquals(Instant.parse("2000-01-02T12:00:00Z"), BandTimes.cfTime(1.5, "days since 2000-01-01").orElseThrow());
        assertEquals(Instant.parse("1970-01-01T00:01:30Z"), BandTimes.cfTime(90, "seconds since 1970-01-01T00:00:00Z").orElseThrow());
        // local midnight at UTC+08:00 is 16:00 UTC the day before
        assertEquals(Instant.parse("2019-12-31T16:30:00Z"), BandTimes.cfTime(30, "minutes since 2020-01-01 00:00 +08:00").orElseThrow());
        assertTrue(BandTimes.cfTime(1, "months since 2000-01-01").isEmpty(), "calendar months are not a fixed duration");
    }

    @Test
    void bandMetadataGivesTheTimeStamp() {
        assertEquals("2017-10-18T18:00:00Z", BandTimes.time(Map.of("GRIB_VALID_TIME", "1508349600"), Map.of()).orElseThrow());
        assertEquals("2017-10-18T18:00:00Z", BandTimes.time(Map.of("GRIB_VALID_TIME", "  1508349600 sec UTC"), Map.of()).orElseThrow());
        assertEquals("1995-07-14T12:00:00Z", BandTimes.time(Map.of("NETCDF_DIM_time", "837420"),
                Map.of("time#units", "hours since 1900-01-01 00:00:00.0", "time#calendar", "gregorian")).orElseThrow());
        assertTrue(BandTimes.time(Map.of("NETCDF_DIM_time", "10"),
                Map.of("time#units", "days since 2000-01-01", "time#calendar", "360_day")).isEmpty());
        assertTrue(BandTimes.time(Map.of("NETCDF_DIM_month", "7"), Map.of()).isEmpty());
    }
}
