<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>landcover</Name>
    <UserStyle>
      <Title>Land cover (dunefront-default)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="values">
              <ColorMapEntry color="#8c7d70" quantity="1" label="Bare rock / mountain" opacity="1"/>
              <ColorMapEntry color="#e3e39a" quantity="2" label="Sparse grassland (5-20 % cover)" opacity="1"/>
              <ColorMapEntry color="#b5d36b" quantity="3" label="Grassland (20-50 % cover)" opacity="1"/>
              <ColorMapEntry color="#f2f0e6" quantity="4" label="Saline-alkali land" opacity="1"/>
              <ColorMapEntry color="#6fb7a8" quantity="5" label="Wetland" opacity="1"/>
              <ColorMapEntry color="#3f7fc1" quantity="6" label="Water" opacity="1"/>
              <ColorMapEntry color="#f5c242" quantity="7" label="Farmland" opacity="1"/>
              <ColorMapEntry color="#d9342b" quantity="8" label="Settlement" opacity="1"/>
              <ColorMapEntry color="#8a4b9e" quantity="9" label="Industrial / mining" opacity="1"/>
              <ColorMapEntry color="#2b3a67" quantity="10" label="Solar park" opacity="1"/>
              <ColorMapEntry color="#4d4d4d" quantity="11" label="Road / infrastructure" opacity="1"/>
              <ColorMapEntry color="#9a9a3a" quantity="12" label="Shrubland" opacity="1"/>
              <ColorMapEntry color="#1f6b2c" quantity="13" label="Forest" opacity="1"/>
              <ColorMapEntry color="#4f9a3b" quantity="14" label="Shelterbelt plantation (monoculture)" opacity="1"/>
              <ColorMapEntry color="#f3d9a4" quantity="15" label="Mobile sand / dunes" opacity="1"/>
              <ColorMapEntry color="#b8a48a" quantity="16" label="Gobi (gravel desert)" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
