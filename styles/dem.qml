<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="1200" classificationMax="5000" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="1200" maximumValue="5000" labelPrecision="4">
          <item value="1200" color="#5a8f29" alpha="255" label="1200 m"/>
          <item value="1500" color="#99bb5f" alpha="255" label="1500 m"/>
          <item value="2000" color="#d9db8e" alpha="255" label="2000 m"/>
          <item value="2500" color="#e2cd96" alpha="255" label="2500 m"/>
          <item value="3000" color="#bb9970" alpha="255" label="3000 m"/>
          <item value="4000" color="#9e7b58" alpha="255" label="4000 m"/>
          <item value="5000" color="#f5f5f5" alpha="255" label="5000 m"/>
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
