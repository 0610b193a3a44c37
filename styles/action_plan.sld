<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>action_plan</Name>
    <UserStyle>
      <Title>Dunefront action plan</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="values">
              <ColorMapEntry color="#000000" quantity="0" label="No action" opacity="0"/>
              <ColorMapEntry color="#d0c197" quantity="1" label="Unscheduled — sand-fixing shrubs" opacity="1"/>
              <ColorMapEntry color="#b3b2c3" quantity="2" label="Unscheduled — saline-alkali shrubs" opacity="1"/>
              <ColorMapEntry color="#c0b49d" quantity="3" label="Unscheduled — mountain barriers" opacity="1"/>
              <ColorMapEntry color="#9dbeb4" quantity="4" label="Unscheduled — mixed planting in shelterbelts" opacity="1"/>
              <ColorMapEntry color="#9eb4c3" quantity="5" label="Unscheduled — seasonal-river de-channelization" opacity="1"/>
              <ColorMapEntry color="#e6ab02" quantity="11" label="Phase 1d — sand-fixing shrubs" opacity="1"/>
              <ColorMapEntry color="#7570b3" quantity="12" label="Phase 1a — saline-alkali shrubs" opacity="1"/>
              <ColorMapEntry color="#a6761d" quantity="13" label="Phase 1e — mountain barriers" opacity="1"/>
              <ColorMapEntry color="#1b9e77" quantity="14" label="Phase 1b — mixed planting in shelterbelts" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="15" label="Phase 1c — seasonal-river de-channelization" opacity="1"/>
              <ColorMapEntry color="#efc85b" quantity="21" label="Phase 2c — sand-fixing shrubs" opacity="1"/>
              <ColorMapEntry color="#a5a2ce" quantity="22" label="Phase 2d — saline-alkali shrubs" opacity="1"/>
              <ColorMapEntry color="#c5a66c" quantity="23" label="Phase 2b — mountain barriers" opacity="1"/>
              <ColorMapEntry color="#6bc0a7" quantity="24" label="Phase 2a — mixed planting in shelterbelts" opacity="1"/>
              <ColorMapEntry color="#6da7ce" quantity="25" label="Phase 2e — seasonal-river de-channelization" opacity="1"/>
              <ColorMapEntry color="#f5dd9a" quantity="31" label="Phase 3b — sand-fixing shrubs" opacity="1"/>
              <ColorMapEntry color="#c8c6e1" quantity="32" label="Phase 3c — saline-alkali shrubs" opacity="1"/>
              <ColorMapEntry color="#dbc8a5" quantity="33" label="Phase 3e — mountain barriers" opacity="1"/>
              <ColorMapEntry color="#a4d8c9" quantity="34" label="Phase 3d — mixed planting in shelterbelts" opacity="1"/>
              <ColorMapEntry color="#a5c9e1" quantity="35" label="Phase 3a — seasonal-river de-channelization" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
