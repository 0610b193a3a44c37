<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="paletted" opacity="1" band="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <colorPalette>
        <paletteEntry value="0" color="#000000" alpha="0" label="No action"/>
        <paletteEntry value="1" color="#d0c197" alpha="255" label="Unscheduled — sand-fixing shrubs"/>
        <paletteEntry value="2" color="#b3b2c3" alpha="255" label="Unscheduled — saline-alkali shrubs"/>
        <paletteEntry value="3" color="#c0b49d" alpha="255" label="Unscheduled — mountain barriers"/>
        <paletteEntry value="4" color="#9dbeb4" alpha="255" label="Unscheduled — mixed planting in shelterbelts"/>
        <paletteEntry value="5" color="#9eb4c3" alpha="255" label="Unscheduled — seasonal-river de-channelization"/>
        <paletteEntry value="11" color="#e6ab02" alpha="255" label="Phase 1d — sand-fixing shrubs"/>
        <paletteEntry value="12" color="#7570b3" alpha="255" label="Phase 1a — saline-alkali shrubs"/>
        <paletteEntry value="13" color="#a6761d" alpha="255" label="Phase 1e — mountain barriers"/>
        <paletteEntry value="14" color="#1b9e77" alpha="255" label="Phase 1b — mixed planting in shelterbelts"/>
        <paletteEntry value="15" color="#1f78b4" alpha="255" label="Phase 1c — seasonal-river de-channelization"/>
        <paletteEntry value="21" color="#efc85b" alpha="255" label="Phase 2c — sand-fixing shrubs"/>
        <paletteEntry value="22" color="#a5a2ce" alpha="255" label="Phase 2d — saline-alkali shrubs"/>
        <paletteEntry value="23" color="#c5a66c" alpha="255" label="Phase 2b — mountain barriers"/>
        <paletteEntry value="24" color="#6bc0a7" alpha="255" label="Phase 2a — mixed planting in shelterbelts"/>
        <paletteEntry value="25" color="#6da7ce" alpha="255" label="Phase 2e — seasonal-river de-channelization"/>
        <paletteEntry value="31" color="#f5dd9a" alpha="255" label="Phase 3b — sand-fixing shrubs"/>
        <paletteEntry value="32" color="#c8c6e1" alpha="255" label="Phase 3c — saline-alkali shrubs"/>
        <paletteEntry value="33" color="#dbc8a5" alpha="255" label="Phase 3e — mountain barriers"/>
        <paletteEntry value="34" color="#a4d8c9" alpha="255" label="Phase 3d — mixed planting in shelterbelts"/>
        <paletteEntry value="35" color="#a5c9e1" alpha="255" label="Phase 3a — seasonal-river de-channelization"/>
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
