<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="0" classificationMax="1200" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="1200" labelPrecision="4">
          <item value="0" color="#ffffb2" alpha="255" label="0 VU"/>
          <item value="100" color="#fed66d" alpha="255" label="100 VU"/>
          <item value="200" color="#fda649" alpha="255" label="200 VU (intermediate from 200)"/>
          <item value="400" color="#f86c31" alpha="255" label="400 VU (high from 400)"/>
          <item value="800" color="#e62f21" alpha="255" label="800 VU"/>
          <item value="1200" color="#bd0026" alpha="255" label="1200 VU"/>
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
