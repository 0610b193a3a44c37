<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>front_advance_m_per_yr</Name>
    <UserStyle>
      <Title>Desert-front advance rate (m/yr)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#ffffb2" quantity="0" label="0 m/yr" opacity="1"/>
              <ColorMapEntry color="#fedd79" quantity="5" label="5 m/yr" opacity="1"/>
              <ColorMapEntry color="#feb751" quantity="10" label="10 m/yr" opacity="1"/>
              <ColorMapEntry color="#fd8d3c" quantity="20" label="20 m/yr" opacity="1"/>
              <ColorMapEntry color="#f45629" quantity="50" label="50 m/yr" opacity="1"/>
              <ColorMapEntry color="#df2722" quantity="100" label="100 m/yr" opacity="1"/>
              <ColorMapEntry color="#bd0026" quantity="300" label="300 m/yr" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
