<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="paletted" opacity="1" band="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
        <paletteEntry value="0" color="#ffffff" alpha="0" label="no river"/>
        <paletteEntry value="1" color="#3f7fc1" alpha="255" label="river"/>
        <paletteEntry value="2" color="#7b3294" alpha="255" label="channelized"/>
        <paletteEntry value="3" color="#1f4e9a" alpha="255" label="river + channelized"/>
        <paletteEntry value="4" color="#9ecae1" alpha="255" label="seasonal"/>
        <paletteEntry value="5" color="#6fa8dc" alpha="255" label="river + seasonal"/>
        <paletteEntry value="6" color="#c2a5cf" alpha="255" label="channelized + seasonal"/>
        <paletteEntry value="7" color="#5e3c99" alpha="255" label="river + channelized + seasonal"/>
      </colorPalette>
      <colorramp type="randomcolors" name="[source]"/>
    </rasterrenderer>
    <brightnesscontrast brightness="0" contrast="0" gamma="1"/>
    <huesaturation saturation="0" grayscaleMode="0" invertColors="0" colorizeOn="0" colorizeRed="255" colorizeGreen="128" colorizeBlue="128" colorizeStrength="100"/>
    <rasterresampler maxOversampling="2"/>
    <resamplingStage>resamplingFilter</resamplingStage>
  </pipe>
  <blendMode>0</blendMode>
</qgis>
