<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="-30" classificationMax="30" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="-30" maximumValue="30" labelPrecision="4">
          <item value="-30" color="#a6611a" alpha="255" label="-30° (exposed)"/>
          <item value="-10" color="#c3924c" alpha="255" label="-10°"/>
          <item value="-5" color="#dfc27d" alpha="255" label="-5°"/>
          <item value="-2" color="#eadcb9" alpha="255" label="-2°"/>
          <item value="0" color="#f5f5f5" alpha="255" label="0°"/>
          <item value="2" color="#bbe1db" alpha="255" label="2°"/>
          <item value="5" color="#80cdc1" alpha="255" label="5°"/>
          <item value="10" color="#41a999" alpha="255" label="10°"/>
          <item value="30" color="#018571" alpha="255" label="30° (sheltered)"/>
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
