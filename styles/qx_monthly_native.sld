<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>qx_monthly_native</Name>
    <UserStyle>
      <Title>qx (m³/m/yr): eastward potential sand flux per month, native wind grid, band 1 = January</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#0571b0" quantity="-100" label="-100 m³/m/yr (westward)" opacity="1"/>
              <ColorMapEntry color="#4c9bc7" quantity="-50" label="-50 m³/m/yr" opacity="1"/>
              <ColorMapEntry color="#92c5de" quantity="-20" label="-20 m³/m/yr" opacity="1"/>
              <ColorMapEntry color="#c5deeb" quantity="-5" label="-5 m³/m/yr" opacity="1"/>
              <ColorMapEntry color="#f7f7f7" quantity="0" label="0 m³/m/yr" opacity="1"/>
              <ColorMapEntry color="#f6cebd" quantity="5" label="5 m³/m/yr" opacity="1"/>
              <ColorMapEntry color="#f4a582" quantity="20" label="20 m³/m/yr" opacity="1"/>
              <ColorMapEntry color="#df5351" quantity="50" label="50 m³/m/yr" opacity="1"/>
              <ColorMapEntry color="#ca0020" quantity="100" label="100 m³/m/yr (eastward)" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
