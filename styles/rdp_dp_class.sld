<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>rdp_dp_class</Name>
    <UserStyle>
      <Title>Directional variability class of RDP/DP (Fryberger &amp; Dean 1979)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="values">
              <ColorMapEntry color="#9ecae1" quantity="1" label="low (RDP/DP &lt; 0.3)" opacity="1"/>
              <ColorMapEntry color="#fdae6b" quantity="2" label="intermediate (0.3 ≤ RDP/DP ≤ 0.8)" opacity="1"/>
              <ColorMapEntry color="#d7301f" quantity="3" label="high (RDP/DP &gt; 0.8)" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
