<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="0" classificationMax="360" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="360" labelPrecision="4">
          <item value="0" color="#e41a1c" alpha="255" label="0° (N)"/>
          <item value="45" color="#ff7f00" alpha="255" label="45° (NE)"/>
          <item value="90" color="#e6c619" alpha="255" label="90° (E)"/>
          <item value="135" color="#4daf4a" alpha="255" label="135° (SE)"/>
          <item value="180" color="#1b9e9e" alpha="255" label="180° (S)"/>
          <item value="225" color="#377eb8" alpha="255" label="225° (SW)"/>
          <item value="270" color="#6a3d9a" alpha="255" label="270° (W)"/>
          <item value="315" color="#c51b7d" alpha="255" label="315° (NW)"/>
          <item value="360" color="#e41a1c" alpha="255" label="360° (N)"/>
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
