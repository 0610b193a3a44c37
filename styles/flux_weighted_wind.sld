<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>flux_weighted_wind</Name>
    <UserStyle>
      <Title>Flux-weighted 10 m wind speed (m/s)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#440154" quantity="4" label="4 m/s" opacity="1"/>
              <ColorMapEntry color="#3d4280" quantity="6" label="6 m/s" opacity="1"/>
              <ColorMapEntry color="#2b788c" quantity="8" label="8 m/s" opacity="1"/>
              <ColorMapEntry color="#39a77b" quantity="10" label="10 m/s" opacity="1"/>
              <ColorMapEntry color="#7ecf56" quantity="12" label="12 m/s" opacity="1"/>
              <ColorMapEntry color="#fde725" quantity="16" label="16 m/s" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
