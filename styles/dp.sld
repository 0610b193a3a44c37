<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>dp</Name>
    <UserStyle>
      <Title>DP (VU): Fryberger &amp; Dean (1979) drift potential</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#ffffb2" quantity="0" label="0 VU" opacity="1"/>
              <ColorMapEntry color="#fed66d" quantity="100" label="100 VU" opacity="1"/>
              <ColorMapEntry color="#fda649" quantity="200" label="200 VU (intermediate from 200)" opacity="1"/>
              <ColorMapEntry color="#f86c31" quantity="400" label="400 VU (high from 400)" opacity="1"/>
              <ColorMapEntry color="#e62f21" quantity="800" label="800 VU" opacity="1"/>
              <ColorMapEntry color="#bd0026" quantity="1200" label="1200 VU" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
