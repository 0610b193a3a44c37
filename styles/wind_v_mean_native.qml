<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="-10" classificationMax="10" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="-10" maximumValue="10" labelPrecision="4">
          <item value="-10" color="#0571b0" alpha="255" label="-10 m/s (southward)"/>
          <item value="-5" color="#63a9cf" alpha="255" label="-5 m/s"/>
          <item value="-2" color="#b4d6e6" alpha="255" label="-2 m/s"/>
          <item value="0" color="#f7f7f7" alpha="255" label="0 m/s"/>
          <item value="2" color="#f5c0a9" alpha="255" label="2 m/s"/>
          <item value="5" color="#e66e61" alpha="255" label="5 m/s"/>
          <item value="10" color="#ca0020" alpha="255" label="10 m/s (northward)"/>
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
