<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>dune_celerity_m_per_yr</Name>
    <UserStyle>
      <Title>Dune celerity (m/yr)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#440154" quantity="0" label="0 m/yr" opacity="1"/>
              <ColorMapEntry color="#3d4280" quantity="1" label="1 m/yr" opacity="1"/>
              <ColorMapEntry color="#2b788c" quantity="2" label="2 m/yr" opacity="1"/>
              <ColorMapEntry color="#39a77b" quantity="5" label="5 m/yr" opacity="1"/>
              <ColorMapEntry color="#7ecf56" quantity="10" label="10 m/yr" opacity="1"/>
              <ColorMapEntry color="#fde725" quantity="20" label="20 m/yr" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
