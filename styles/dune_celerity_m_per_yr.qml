<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="0" classificationMax="20" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="20" labelPrecision="4">
          <item value="0" color="#440154" alpha="255" label="0 m/yr"/>
          <item value="1" color="#3d4280" alpha="255" label="1 m/yr"/>
          <item value="2" color="#2b788c" alpha="255" label="2 m/yr"/>
          <item value="5" color="#39a77b" alpha="255" label="5 m/yr"/>
          <item value="10" color="#7ecf56" alpha="255" label="10 m/yr"/>
          <item value="20" color="#fde725" alpha="255" label="20 m/yr"/>
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
