<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>rdd</Name>
    <UserStyle>
      <Title>RDD (°): resultant drift direction, toward which sand moves, clockwise from north</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#e41a1c" quantity="0" label="0° (N)" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="45" label="45° (NE)" opacity="1"/>
              <ColorMapEntry color="#e6c619" quantity="90" label="90° (E)" opacity="1"/>
              <ColorMapEntry color="#4daf4a" quantity="135" label="135° (SE)" opacity="1"/>
              <ColorMapEntry color="#1b9e9e" quantity="180" label="180° (S)" opacity="1"/>
              <ColorMapEntry color="#377eb8" quantity="225" label="225° (SW)" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="270" label="270° (W)" opacity="1"/>
              <ColorMapEntry color="#c51b7d" quantity="315" label="315° (NW)" opacity="1"/>
              <ColorMapEntry color="#e41a1c" quantity="360" label="360° (N)" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
