<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>arrival_year</Name>
    <UserStyle>
      <Title>Years until sand first reaches the cell (yr), 0 = sand at the start</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#bd0026" quantity="0" label="0 yr" opacity="1"/>
              <ColorMapEntry color="#df2722" quantity="1" label="1 yr" opacity="1"/>
              <ColorMapEntry color="#f45629" quantity="2" label="2 yr" opacity="1"/>
              <ColorMapEntry color="#fd8d3c" quantity="5" label="5 yr" opacity="1"/>
              <ColorMapEntry color="#feb751" quantity="10" label="10 yr" opacity="1"/>
              <ColorMapEntry color="#fedd79" quantity="20" label="20 yr" opacity="1"/>
              <ColorMapEntry color="#ffffb2" quantity="30" label="30 yr" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
