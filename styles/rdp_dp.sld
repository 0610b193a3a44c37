<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>rdp_dp</Name>
    <UserStyle>
      <Title>RDP/DP (1): directional variability</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#440154" quantity="0" label="0" opacity="1"/>
              <ColorMapEntry color="#32678b" quantity="0.3" label="0.3 (intermediate from 0.3)" opacity="1"/>
              <ColorMapEntry color="#4ab670" quantity="0.8" label="0.8 (high above 0.8)" opacity="1"/>
              <ColorMapEntry color="#fde725" quantity="1" label="1" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
