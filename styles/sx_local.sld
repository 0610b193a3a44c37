<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>sx_local</Name>
    <UserStyle>
      <Title>Sx (°): Winstral shelter index, local scale, band k = wind from k·360/S</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#a6611a" quantity="-30" label="-30° (exposed)" opacity="1"/>
              <ColorMapEntry color="#c3924c" quantity="-10" label="-10°" opacity="1"/>
              <ColorMapEntry color="#dfc27d" quantity="-5" label="-5°" opacity="1"/>
              <ColorMapEntry color="#eadcb9" quantity="-2" label="-2°" opacity="1"/>
              <ColorMapEntry color="#f5f5f5" quantity="0" label="0°" opacity="1"/>
              <ColorMapEntry color="#bbe1db" quantity="2" label="2°" opacity="1"/>
              <ColorMapEntry color="#80cdc1" quantity="5" label="5°" opacity="1"/>
              <ColorMapEntry color="#41a999" quantity="10" label="10°" opacity="1"/>
              <ColorMapEntry color="#018571" quantity="30" label="30° (sheltered)" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
