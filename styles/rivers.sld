<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>rivers</Name>
    <UserStyle>
      <Title>River flags (OR of 1 river, 2 channelized, 4 seasonal)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="values">
              <ColorMapEntry color="#ffffff" quantity="0" label="no river" opacity="0"/>
              <ColorMapEntry color="#3f7fc1" quantity="1" label="river" opacity="1"/>
              <ColorMapEntry color="#7b3294" quantity="2" label="channelized" opacity="1"/>
              <ColorMapEntry color="#1f4e9a" quantity="3" label="river + channelized" opacity="1"/>
              <ColorMapEntry color="#9ecae1" quantity="4" label="seasonal" opacity="1"/>
              <ColorMapEntry color="#6fa8dc" quantity="5" label="river + seasonal" opacity="1"/>
              <ColorMapEntry color="#c2a5cf" quantity="6" label="channelized + seasonal" opacity="1"/>
              <ColorMapEntry color="#5e3c99" quantity="7" label="river + channelized + seasonal" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
