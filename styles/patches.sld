<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>patches</Name>
    <UserStyle>
      <Title>Dunefront restoration patches by phase and action</Title>
      <FeatureTypeStyle>
        <Rule>
          <Name>Unscheduled — sand-fixing shrubs</Name>
          <Title>Unscheduled — sand-fixing shrubs</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>1</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#d0c197</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Unscheduled — saline-alkali shrubs</Name>
          <Title>Unscheduled — saline-alkali shrubs</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>2</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#b3b2c3</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Unscheduled — mountain barriers</Name>
          <Title>Unscheduled — mountain barriers</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>3</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#c0b49d</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Unscheduled — mixed planting in shelterbelts</Name>
          <Title>Unscheduled — mixed planting in shelterbelts</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>4</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#9dbeb4</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Unscheduled — seasonal-river de-channelization</Name>
          <Title>Unscheduled — seasonal-river de-channelization</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>5</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#9eb4c3</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 1d — sand-fixing shrubs</Name>
          <Title>Phase 1d — sand-fixing shrubs</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>11</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#e6ab02</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 1a — saline-alkali shrubs</Name>
          <Title>Phase 1a — saline-alkali shrubs</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>12</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#7570b3</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 1e — mountain barriers</Name>
          <Title>Phase 1e — mountain barriers</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>13</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#a6761d</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 1b — mixed planting in shelterbelts</Name>
          <Title>Phase 1b — mixed planting in shelterbelts</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>14</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#1b9e77</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 1c — seasonal-river de-channelization</Name>
          <Title>Phase 1c — seasonal-river de-channelization</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>15</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#1f78b4</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 2c — sand-fixing shrubs</Name>
          <Title>Phase 2c — sand-fixing shrubs</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>21</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#efc85b</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 2d — saline-alkali shrubs</Name>
          <Title>Phase 2d — saline-alkali shrubs</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>22</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#a5a2ce</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 2b — mountain barriers</Name>
          <Title>Phase 2b — mountain barriers</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>23</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#c5a66c</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 2a — mixed planting in shelterbelts</Name>
          <Title>Phase 2a — mixed planting in shelterbelts</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>24</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#6bc0a7</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 2e — seasonal-river de-channelization</Name>
          <Title>Phase 2e — seasonal-river de-channelization</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>25</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#6da7ce</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 3b — sand-fixing shrubs</Name>
          <Title>Phase 3b — sand-fixing shrubs</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>31</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#f5dd9a</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 3c — saline-alkali shrubs</Name>
          <Title>Phase 3c — saline-alkali shrubs</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>32</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#c8c6e1</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 3e — mountain barriers</Name>
          <Title>Phase 3e — mountain barriers</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>33</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#dbc8a5</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 3d — mixed planting in shelterbelts</Name>
          <Title>Phase 3d — mixed planting in shelterbelts</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>34</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#a4d8c9</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
        <Rule>
          <Name>Phase 3a — seasonal-river de-channelization</Name>
          <Title>Phase 3a — seasonal-river de-channelization</Title>
          <ogc:Filter><ogc:PropertyIsEqualTo><ogc:PropertyName>plan_code</ogc:PropertyName><ogc:Literal>35</ogc:Literal></ogc:PropertyIsEqualTo></ogc:Filter>
          <PolygonSymbolizer><Fill><CssParameter name="fill">#a5c9e1</CssParameter><CssParameter name="fill-opacity">1</CssParameter></Fill><Stroke><CssParameter name="stroke">#232323</CssParameter><CssParameter name="stroke-width">0.9826771653543308</CssParameter></Stroke></PolygonSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
