<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>net_change</Name>
    <UserStyle>
      <Title>Net change of sand thickness (m): + deposition, - erosion</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#5e3c99" quantity="-10" label="-10 m (erosion)" opacity="1"/>
              <ColorMapEntry color="#8874b6" quantity="-2" label="-2 m" opacity="1"/>
              <ColorMapEntry color="#b2abd2" quantity="-0.5" label="-0.5 m" opacity="1"/>
              <ColorMapEntry color="#d5d1e5" quantity="-0.1" label="-0.1 m" opacity="1"/>
              <ColorMapEntry color="#f7f7f7" quantity="0" label="0 m" opacity="1"/>
              <ColorMapEntry color="#fad8ad" quantity="0.1" label="0.1 m" opacity="1"/>
              <ColorMapEntry color="#fdb863" quantity="0.5" label="0.5 m" opacity="1"/>
              <ColorMapEntry color="#f28d32" quantity="2" label="2 m" opacity="1"/>
              <ColorMapEntry color="#e66101" quantity="10" label="10 m (deposition)" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
