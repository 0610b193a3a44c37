<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>thickness_30y</Name>
    <UserStyle>
      <Title>Sand thickness at the horizon (m)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#ffffd4" quantity="0" label="0 m (no sand)" opacity="0"/>
              <ColorMapEntry color="#fee6a5" quantity="0.1" label="0.1 m" opacity="1"/>
              <ColorMapEntry color="#fec46c" quantity="0.5" label="0.5 m" opacity="1"/>
              <ColorMapEntry color="#fe9929" quantity="1" label="1 m" opacity="1"/>
              <ColorMapEntry color="#e57217" quantity="2" label="2 m" opacity="1"/>
              <ColorMapEntry color="#c4510b" quantity="5" label="5 m" opacity="1"/>
              <ColorMapEntry color="#993404" quantity="10" label="10 m" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
