<?xml version="1.0" encoding="UTF-8"?>
<StyledLayerDescriptor version="1.0.0" xmlns="http://www.opengis.net/sld" xmlns:ogc="http://www.opengis.net/ogc" xmlns:xlink="http://www.w3.org/1999/xlink" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.opengis.net/sld http://schemas.opengis.net/sld/1.0.0/StyledLayerDescriptor.xsd">
  <NamedLayer>
    <Name>patch_ids</Name>
    <UserStyle>
      <Title>Candidate patch id (rank/patches.csv id), any id: colours repeat along an interpolated ramp; 0 = no patch (transparent)</Title>
      <FeatureTypeStyle>
        <Rule>
          <RasterSymbolizer>
            <Opacity>1.0</Opacity>
            <ColorMap type="ramp">
              <ColorMapEntry color="#ffffff" quantity="0" label="no patch" opacity="0"/>
              <ColorMapEntry color="#a6cee3" quantity="1" label="patch 1" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="2" label="patch 2" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="3" label="patch 3" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="4" label="patch 4" opacity="1"/>
              <ColorMapEntry color="#fb9a99" quantity="5" label="patch 5" opacity="1"/>
              <ColorMapEntry color="#e31a1c" quantity="6" label="patch 6" opacity="1"/>
              <ColorMapEntry color="#fdbf6f" quantity="7" label="patch 7" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="8" label="patch 8" opacity="1"/>
              <ColorMapEntry color="#cab2d6" quantity="9" label="patch 9" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="10" label="patch 10" opacity="1"/>
              <ColorMapEntry color="#ffff99" quantity="11" label="patch 11" opacity="1"/>
              <ColorMapEntry color="#b15928" quantity="12" label="patch 12" opacity="1"/>
              <ColorMapEntry color="#a6cee3" quantity="15" label="patch 15" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="18" label="patch 18" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="21" label="patch 21" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="26" label="patch 26" opacity="1"/>
              <ColorMapEntry color="#fb9a99" quantity="31" label="patch 31" opacity="1"/>
              <ColorMapEntry color="#e31a1c" quantity="38" label="patch 38" opacity="1"/>
              <ColorMapEntry color="#fdbf6f" quantity="46" label="patch 46" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="56" label="patch 56" opacity="1"/>
              <ColorMapEntry color="#cab2d6" quantity="67" label="patch 67" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="82" label="patch 82" opacity="1"/>
              <ColorMapEntry color="#ffff99" quantity="99" label="patch 99" opacity="1"/>
              <ColorMapEntry color="#b15928" quantity="120" label="patch 120" opacity="1"/>
              <ColorMapEntry color="#a6cee3" quantity="145" label="patch 145" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="176" label="patch 176" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="213" label="patch 213" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="259" label="patch 259" opacity="1"/>
              <ColorMapEntry color="#fb9a99" quantity="313" label="patch 313" opacity="1"/>
              <ColorMapEntry color="#e31a1c" quantity="379" label="patch 379" opacity="1"/>
              <ColorMapEntry color="#fdbf6f" quantity="460" label="patch 460" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="557" label="patch 557" opacity="1"/>
              <ColorMapEntry color="#cab2d6" quantity="675" label="patch 675" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="818" label="patch 818" opacity="1"/>
              <ColorMapEntry color="#ffff99" quantity="990" label="patch 990" opacity="1"/>
              <ColorMapEntry color="#b15928" quantity="1200" label="patch 1200" opacity="1"/>
              <ColorMapEntry color="#a6cee3" quantity="1454" label="patch 1454" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="1761" label="patch 1761" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="2134" label="patch 2134" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="2585" label="patch 2585" opacity="1"/>
              <ColorMapEntry color="#fb9a99" quantity="3132" label="patch 3132" opacity="1"/>
              <ColorMapEntry color="#e31a1c" quantity="3795" label="patch 3795" opacity="1"/>
              <ColorMapEntry color="#fdbf6f" quantity="4597" label="patch 4597" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="5570" label="patch 5570" opacity="1"/>
              <ColorMapEntry color="#cab2d6" quantity="6748" label="patch 6748" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="8176" label="patch 8176" opacity="1"/>
              <ColorMapEntry color="#ffff99" quantity="9905" label="patch 9905" opacity="1"/>
              <ColorMapEntry color="#b15928" quantity="12000" label="patch 12000" opacity="1"/>
              <ColorMapEntry color="#a6cee3" quantity="14538" label="patch 14538" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="17614" label="patch 17614" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="21339" label="patch 21339" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="25853" label="patch 25853" opacity="1"/>
              <ColorMapEntry color="#fb9a99" quantity="31322" label="patch 31322" opacity="1"/>
              <ColorMapEntry color="#e31a1c" quantity="37947" label="patch 37947" opacity="1"/>
              <ColorMapEntry color="#fdbf6f" quantity="45974" label="patch 45974" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="55699" label="patch 55699" opacity="1"/>
              <ColorMapEntry color="#cab2d6" quantity="67481" label="patch 67481" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="81755" label="patch 81755" opacity="1"/>
              <ColorMapEntry color="#ffff99" quantity="99049" label="patch 99049" opacity="1"/>
              <ColorMapEntry color="#b15928" quantity="120000" label="patch 120000" opacity="1"/>
              <ColorMapEntry color="#a6cee3" quantity="145383" label="patch 145383" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="176136" label="patch 176136" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="213394" label="patch 213394" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="258532" label="patch 258532" opacity="1"/>
              <ColorMapEntry color="#fb9a99" quantity="313219" label="patch 313219" opacity="1"/>
              <ColorMapEntry color="#e31a1c" quantity="379473" label="patch 379473" opacity="1"/>
              <ColorMapEntry color="#fdbf6f" quantity="459742" label="patch 459742" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="556991" label="patch 556991" opacity="1"/>
              <ColorMapEntry color="#cab2d6" quantity="674810" label="patch 674810" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="817550" label="patch 817550" opacity="1"/>
              <ColorMapEntry color="#ffff99" quantity="990485" label="patch 990485" opacity="1"/>
              <ColorMapEntry color="#b15928" quantity="1200000" label="patch 1200000" opacity="1"/>
              <ColorMapEntry color="#a6cee3" quantity="1453833" label="patch 1453833" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="1761359" label="patch 1761359" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="2133935" label="patch 2133935" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="2585322" label="patch 2585322" opacity="1"/>
              <ColorMapEntry color="#fb9a99" quantity="3132189" label="patch 3132189" opacity="1"/>
              <ColorMapEntry color="#e31a1c" quantity="3794733" label="patch 3794733" opacity="1"/>
              <ColorMapEntry color="#fdbf6f" quantity="4597424" label="patch 4597424" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="5569907" label="patch 5569907" opacity="1"/>
              <ColorMapEntry color="#cab2d6" quantity="6748096" label="patch 6748096" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="8175505" label="patch 8175505" opacity="1"/>
              <ColorMapEntry color="#ffff99" quantity="9904850" label="patch 9904850" opacity="1"/>
              <ColorMapEntry color="#b15928" quantity="12000000" label="patch 12000000" opacity="1"/>
              <ColorMapEntry color="#a6cee3" quantity="14538332" label="patch 14538332" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="17613591" label="patch 17613591" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="21339353" label="patch 21339353" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="25853216" label="patch 25853216" opacity="1"/>
              <ColorMapEntry color="#fb9a99" quantity="31321887" label="patch 31321887" opacity="1"/>
              <ColorMapEntry color="#e31a1c" quantity="37947332" label="patch 37947332" opacity="1"/>
              <ColorMapEntry color="#fdbf6f" quantity="45974242" label="patch 45974242" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="55699066" label="patch 55699066" opacity="1"/>
              <ColorMapEntry color="#cab2d6" quantity="67480959" label="patch 67480959" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="81755048" label="patch 81755048" opacity="1"/>
              <ColorMapEntry color="#ffff99" quantity="99048502" label="patch 99048502" opacity="1"/>
              <ColorMapEntry color="#b15928" quantity="120000000" label="patch 120000000" opacity="1"/>
              <ColorMapEntry color="#a6cee3" quantity="145383319" label="patch 145383319" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="176135912" label="patch 176135912" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="213393529" label="patch 213393529" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="258532163" label="patch 258532163" opacity="1"/>
              <ColorMapEntry color="#fb9a99" quantity="313218866" label="patch 313218866" opacity="1"/>
              <ColorMapEntry color="#e31a1c" quantity="379473319" label="patch 379473319" opacity="1"/>
              <ColorMapEntry color="#fdbf6f" quantity="459742422" label="patch 459742422" opacity="1"/>
              <ColorMapEntry color="#ff7f00" quantity="556990660" label="patch 556990660" opacity="1"/>
              <ColorMapEntry color="#cab2d6" quantity="674809590" label="patch 674809590" opacity="1"/>
              <ColorMapEntry color="#6a3d9a" quantity="817550483" label="patch 817550483" opacity="1"/>
              <ColorMapEntry color="#ffff99" quantity="990485022" label="patch 990485022" opacity="1"/>
              <ColorMapEntry color="#b15928" quantity="1200000000" label="patch 1200000000" opacity="1"/>
              <ColorMapEntry color="#a6cee3" quantity="1453833190" label="patch 1453833190" opacity="1"/>
              <ColorMapEntry color="#1f78b4" quantity="1761359121" label="patch 1761359121" opacity="1"/>
              <ColorMapEntry color="#b2df8a" quantity="2133935292" label="patch 2133935292" opacity="1"/>
              <ColorMapEntry color="#33a02c" quantity="2147483647" label="patch 2147483647" opacity="1"/>
            </ColorMap>
          </RasterSymbolizer>
        </Rule>
      </FeatureTypeStyle>
    </UserStyle>
  </NamedLayer>
</StyledLayerDescriptor>
