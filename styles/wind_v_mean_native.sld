<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>wind_v_mean_native</Name>
    <UserStyle>
      <Title>Record-mean northward 10 m wind v (m/s), native wind grid</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#0571b0" quantity="-10" label="-10 m/s (southward)" opacity="1"/>
              <ColorMapEntry color="#63a9cf" quantity="-5" label="-5 m/s" opacity="1"/>
              <ColorMapEntry color="#b4d6e6" quantity="-2" label="-2 m/s" opacity="1"/>
              <ColorMapEntry color="#f7f7f7" quantity="0" label="0 m/s" opacity="1"/>
              <ColorMapEntry color="#f5c0a9" quantity="2" label="2 m/s" opacity="1"/>
              <ColorMapEntry color="#e66e61" quantity="5" label="5 m/s" opacity="1"/>
              <ColorMapEntry color="#ca0020" quantity="10" label="10 m/s (northward)" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
