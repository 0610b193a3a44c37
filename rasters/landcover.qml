<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="paletted" opacity="1" band="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
        <paletteEntry value="1" color="#8c7d70" alpha="255" label="Bare rock / mountain"/>
        <paletteEntry value="2" color="#e3e39a" alpha="255" label="Sparse grassland (5-20 % cover)"/>
        <paletteEntry value="3" color="#b5d36b" alpha="255" label="Grassland (20-50 % cover)"/>
        <paletteEntry value="4" color="#f2f0e6" alpha="255" label="Saline-alkali land"/>
        <paletteEntry value="5" color="#6fb7a8" alpha="255" label="Wetland"/>
        <paletteEntry value="6" color="#3f7fc1" alpha="255" label="Water"/>
        <paletteEntry value="7" color="#f5c242" alpha="255" label="Farmland"/>
        <paletteEntry value="8" color="#d9342b" alpha="255" label="Settlement"/>
        <paletteEntry value="9" color="#8a4b9e" alpha="255" label="Industrial / mining"/>
        <paletteEntry value="10" color="#2b3a67" alpha="255" label="Solar park"/>
        <paletteEntry value="11" color="#4d4d4d" alpha="255" label="Road / infrastructure"/>
        <paletteEntry value="12" color="#9a9a3a" alpha="255" label="Shrubland"/>
        <paletteEntry value="13" color="#1f6b2c" alpha="255" label="Forest"/>
        <paletteEntry value="14" color="#4f9a3b" alpha="255" label="Shelterbelt plantation (monoculture)"/>
        <paletteEntry value="15" color="#f3d9a4" alpha="255" label="Mobile sand / dunes"/>
        <paletteEntry value="16" color="#b8a48a" alpha="255" label="Gobi (gravel desert)"/>
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
