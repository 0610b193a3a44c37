<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="0" classificationMax="10" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="10" labelPrecision="4">
          <item value="0" color="#ffffd4" alpha="0" label="0 m (no sand)"/>
          <item value="0.1" color="#fee6a5" alpha="255" label="0.1 m"/>
          <item value="0.5" color="#fec46c" alpha="255" label="0.5 m"/>
          <item value="1" color="#fe9929" alpha="255" label="1 m"/>
          <item value="2" color="#e57217" alpha="255" label="2 m"/>
          <item value="5" color="#c4510b" alpha="255" label="5 m"/>
          <item value="10" color="#993404" alpha="255" label="10 m"/>
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
