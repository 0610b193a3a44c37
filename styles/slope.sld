<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>slope</Name>
    <UserStyle>
      <Title>Slope (°), Horn (1981)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#ffffd4" quantity="0" label="0°" opacity="1"/>
              <ColorMapEntry color="#fee19c" quantity="2" label="2°" opacity="1"/>
              <ColorMapEntry color="#feb351" quantity="5" label="5°" opacity="1"/>
              <ColorMapEntry color="#ef821e" quantity="10" label="10°" opacity="1"/>
              <ColorMapEntry color="#cc560c" quantity="20" label="20°" opacity="1"/>
              <ColorMapEntry color="#993404" quantity="45" label="45°" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
