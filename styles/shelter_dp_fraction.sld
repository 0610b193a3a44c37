<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>shelter_dp_fraction</Name>
    <UserStyle>
      <Title>Share of the basin drift potential for which the cell is a lee zone or mountain-blocked (1)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#ffffd4" quantity="0" label="0 (exposed to every sand-moving wind)" opacity="0"/>
              <ColorMapEntry color="#fee19c" quantity="0.05" label="0.05" opacity="1"/>
              <ColorMapEntry color="#feb351" quantity="0.1" label="0.1" opacity="1"/>
              <ColorMapEntry color="#ef821e" quantity="0.25" label="0.25" opacity="1"/>
              <ColorMapEntry color="#cc560c" quantity="0.5" label="0.5" opacity="1"/>
              <ColorMapEntry color="#993404" quantity="1" label="1" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
