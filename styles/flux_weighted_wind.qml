<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="4" classificationMax="16" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="4" maximumValue="16" labelPrecision="4">
          <item value="4" color="#440154" alpha="255" label="4 m/s"/>
          <item value="6" color="#3d4280" alpha="255" label="6 m/s"/>
          <item value="8" color="#2b788c" alpha="255" label="8 m/s"/>
          <item value="10" color="#39a77b" alpha="255" label="10 m/s"/>
          <item value="12" color="#7ecf56" alpha="255" label="12 m/s"/>
          <item value="16" color="#fde725" alpha="255" label="16 m/s"/>
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
