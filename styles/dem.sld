<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>dem</Name>
    <UserStyle>
      <Title>Elevation (m)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#5a8f29" quantity="1200" label="1200 m" opacity="1"/>
              <ColorMapEntry color="#99bb5f" quantity="1500" label="1500 m" opacity="1"/>
              <ColorMapEntry color="#d9db8e" quantity="2000" label="2000 m" opacity="1"/>
              <ColorMapEntry color="#e2cd96" quantity="2500" label="2500 m" opacity="1"/>
              <ColorMapEntry color="#bb9970" quantity="3000" label="3000 m" opacity="1"/>
              <ColorMapEntry color="#9e7b58" quantity="4000" label="4000 m" opacity="1"/>
              <ColorMapEntry color="#f5f5f5" quantity="5000" label="5000 m" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
