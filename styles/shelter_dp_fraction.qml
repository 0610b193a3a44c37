<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="0" classificationMax="1" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="1" labelPrecision="4">
          <item value="0" color="#ffffd4" alpha="0" label="0 (exposed to every sand-moving wind)"/>
          <item value="0.05" color="#fee19c" alpha="255" label="0.05"/>
          <item value="0.1" color="#feb351" alpha="255" label="0.1"/>
          <item value="0.25" color="#ef821e" alpha="255" label="0.25"/>
          <item value="0.5" color="#cc560c" alpha="255" label="0.5"/>
          <item value="1" color="#993404" alpha="255" label="1"/>
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
