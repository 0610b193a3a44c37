<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="0" classificationMax="2147483647" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="2147483647" labelPrecision="4">
          <item value="0" color="#ffffff" alpha="0" label="no patch"/>
          <item value="1" color="#a6cee3" alpha="255" label="patch 1"/>
          <item value="2" color="#1f78b4" alpha="255" label="patch 2"/>
          <item value="3" color="#b2df8a" alpha="255" label="patch 3"/>
          <item value="4" color="#33a02c" alpha="255" label="patch 4"/>
          <item value="5" color="#fb9a99" alpha="255" label="patch 5"/>
          <item value="6" color="#e31a1c" alpha="255" label="patch 6"/>
          <item value="7" color="#fdbf6f" alpha="255" label="patch 7"/>
          <item value="8" color="#ff7f00" alpha="255" label="patch 8"/>
          <item value="9" color="#cab2d6" alpha="255" label="patch 9"/>
          <item value="10" color="#6a3d9a" alpha="255" label="patch 10"/>
          <item value="11" color="#ffff99" alpha="255" label="patch 11"/>
          <item value="12" color="#b15928" alpha="255" label="patch 12"/>
          <item value="15" color="#a6cee3" alpha="255" label="patch 15"/>
          <item value="18" color="#1f78b4" alpha="255" label="patch 18"/>
          <item value="21" color="#b2df8a" alpha="255" label="patch 21"/>
          <item value="26" color="#33a02c" alpha="255" label="patch 26"/>
          <item value="31" color="#fb9a99" alpha="255" label="patch 31"/>
          <item value="38" color="#e31a1c" alpha="255" label="patch 38"/>
          <item value="46" color="#fdbf6f" alpha="255" label="patch 46"/>
          <item value="56" color="#ff7f00" alpha="255" label="patch 56"/>
          <item value="67" color="#cab2d6" alpha="255" label="patch 67"/>
          <item value="82" color="#6a3d9a" alpha="255" label="patch 82"/>
          <item value="99" color="#ffff99" alpha="255" label="patch 99"/>
          <item value="120" color="#b15928" alpha="255" label="patch 120"/>
          <item value="145" color="#a6cee3" alpha="255" label="patch 145"/>
          <item value="176" color="#1f78b4" alpha="255" label="patch 176"/>
          <item value="213" color="#b2df8a" alpha="255" label="patch 213"/>
          <item value="259" color="#33a02c" alpha="255" label="patch 259"/>
          <item value="313" color="#fb9a99" alpha="255" label="patch 313"/>
          <item value="379" color="#e31a1c" alpha="255" label="patch 379"/>
          <item value="460" color="#fdbf6f" alpha="255" label="patch 460"/>
          <item value="557" color="#ff7f00" alpha="255" label="patch 557"/>
          <item value="675" color="#cab2d6" alpha="255" label="patch 675"/>
          <item value="818" color="#6a3d9a" alpha="255" label="patch 818"/>
          <item value="990" color="#ffff99" alpha="255" label="patch 990"/>
          <item value="1200" color="#b15928" alpha="255" label="patch 1200"/>
          <item value="1454" color="#a6cee3" alpha="255" label="patch 1454"/>
          <item value="1761" color="#1f78b4" alpha="255" label="patch 1761"/>
          <item value="2134" color="#b2df8a" alpha="255" label="patch 2134"/>
          <item value="2585" color="#33a02c" alpha="255" label="patch 2585"/>
          <item value="3132" color="#fb9a99" alpha="255" label="patch 3132"/>
          <item value="3795" color="#e31a1c" alpha="255" label="patch 3795"/>
          <item value="4597" color="#fdbf6f" alpha="255" label="patch 4597"/>
          <item value="5570" color="#ff7f00" alpha="255" label="patch 5570"/>
          <item value="6748" color="#cab2d6" alpha="255" label="patch 6748"/>
          <item value="8176" color="#6a3d9a" alpha="255" label="patch 8176"/>
          <item value="9905" color="#ffff99" alpha="255" label="patch 9905"/>
          <item value="12000" color="#b15928" alpha="255" label="patch 12000"/>
          <item value="14538" color="#a6cee3" alpha="255" label="patch 14538"/>
          <item value="17614" color="#1f78b4" alpha="255" label="patch 17614"/>
          <item value="21339" color="#b2df8a" alpha="255" label="patch 21339"/>
          <item value="25853" color="#33a02c" alpha="255" label="patch 25853"/>
          <item value="31322" color="#fb9a99" alpha="255" label="patch 31322"/>
          <item value="37947" color="#e31a1c" alpha="255" label="patch 37947"/>
          <item value="45974" color="#fdbf6f" alpha="255" label="patch 45974"/>
          <item value="55699" color="#ff7f00" alpha="255" label="patch 55699"/>
          <item value="67481" color="#cab2d6" alpha="255" label="patch 67481"/>
          <item value="81755" color="#6a3d9a" alpha="255" label="patch 81755"/>
          <item value="99049" color="#ffff99" alpha="255" label="patch 99049"/>
          <item value="120000" color="#b15928" alpha="255" label="patch 120000"/>
          <item value="145383" color="#a6cee3" alpha="255" label="patch 145383"/>
          <item value="176136" color="#1f78b4" alpha="255" label="patch 176136"/>
          <item value="213394" color="#b2df8a" alpha="255" label="patch 213394"/>
          <item value="258532" color="#33a02c" alpha="255" label="patch 258532"/>
          <item value="313219" color="#fb9a99" alpha="255" label="patch 313219"/>
          <item value="379473" color="#e31a1c" alpha="255" label="patch 379473"/>
          <item value="459742" color="#fdbf6f" alpha="255" label="patch 459742"/>
          <item value="556991" color="#ff7f00" alpha="255" label="patch 556991"/>
          <item value="674810" color="#cab2d6" alpha="255" label="patch 674810"/>
          <item value="817550" color="#6a3d9a" alpha="255" label="patch 817550"/>
          <item value="990485" color="#ffff99" alpha="255" label="patch 990485"/>
          <item value="1200000" color="#b15928" alpha="255" label="patch 1200000"/>
          <item value="1453833" color="#a6cee3" alpha="255" label="patch 1453833"/>
          <item value="1761359" color="#1f78b4" alpha="255" label="patch 1761359"/>
          <item value="2133935" color="#b2df8a" alpha="255" label="patch 2133935"/>
          <item value="2585322" color="#33a02c" alpha="255" label="patch 2585322"/>
          <item value="3132189" color="#fb9a99" alpha="255" label="patch 3132189"/>
          <item value="3794733" color="#e31a1c" alpha="255" label="patch 3794733"/>
          <item value="4597424" color="#fdbf6f" alpha="255" label="patch 4597424"/>
          <item value="5569907" color="#ff7f00" alpha="255" label="patch 5569907"/>
          <item value="6748096" color="#cab2d6" alpha="255" label="patch 6748096"/>
          <item value="8175505" color="#6a3d9a" alpha="255" label="patch 8175505"/>
          <item value="9904850" color="#ffff99" alpha="255" label="patch 9904850"/>
          <item value="12000000" color="#b15928" alpha="255" label="patch 12000000"/>
          <item value="14538332" color="#a6cee3" alpha="255" label="patch 14538332"/>
          <item value="17613591" color="#1f78b4" alpha="255" label="patch 17613591"/>
          <item value="21339353" color="#b2df8a" alpha="255" label="patch 21339353"/>
          <item value="25853216" color="#33a02c" alpha="255" label="patch 25853216"/>
          <item value="31321887" color="#fb9a99" alpha="255" label="patch 31321887"/>
          <item value="37947332" color="#e31a1c" alpha="255" label="patch 37947332"/>
          <item value="45974242" color="#fdbf6f" alpha="255" label="patch 45974242"/>
          <item value="55699066" color="#ff7f00" alpha="255" label="patch 55699066"/>
          <item value="67480959" color="#cab2d6" alpha="255" label="patch 67480959"/>
          <item value="81755048" color="#6a3d9a" alpha="255" label="patch 81755048"/>
          <item value="99048502" color="#ffff99" alpha="255" label="patch 99048502"/>
          <item value="120000000" color="#b15928" alpha="255" label="patch 120000000"/>
          <item value="145383319" color="#a6cee3" alpha="255" label="patch 145383319"/>
          <item value="176135912" color="#1f78b4" alpha="255" label="patch 176135912"/>
          <item value="213393529" color="#b2df8a" alpha="255" label="patch 213393529"/>
          <item value="258532163" color="#33a02c" alpha="255" label="patch 258532163"/>
          <item value="313218866" color="#fb9a99" alpha="255" label="patch 313218866"/>
          <item value="379473319" color="#e31a1c" alpha="255" label="patch 379473319"/>
          <item value="459742422" color="#fdbf6f" alpha="255" label="patch 459742422"/>
          <item value="556990660" color="#ff7f00" alpha="255" label="patch 556990660"/>
          <item value="674809590" color="#cab2d6" alpha="255" label="patch 674809590"/>
          <item value="817550483" color="#6a3d9a" alpha="255" label="patch 817550483"/>
          <item value="990485022" color="#ffff99" alpha="255" label="patch 990485022"/>
          <item value="1200000000" color="#b15928" alpha="255" label="patch 1200000000"/>
          <item value="1453833190" color="#a6cee3" alpha="255" label="patch 1453833190"/>
          <item value="1761359121" color="#1f78b4" alpha="255" label="patch 1761359121"/>
          <item value="2133935292" color="#b2df8a" alpha="255" label="patch 2133935292"/>
          <item value="2147483647" color="#33a02c" alpha="255" label="patch 2147483647"/>
        </colorrampshader>
      </rastershader>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" invertColors="0" colorizeOn="0" colorizeRed="255" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
