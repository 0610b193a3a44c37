<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="-100" classificationMax="100" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="-100" maximumValue="100" labelPrecision="4">
          <item value="-100" color="#0571b0" alpha="255" label="-100 m³/m/yr (westward)"/>
          <item value="-50" color="#4c9bc7" alpha="255" label="-50 m³/m/yr"/>
          <item value="-20" color="#92c5de" alpha="255" label="-20 m³/m/yr"/>
          <item value="-5" color="#c5deeb" alpha="255" label="-5 m³/m/yr"/>
          <item value="0" color="#f7f7f7" alpha="255" label="0 m³/m/yr"/>
          <item value="5" color="#f6cebd" alpha="255" label="5 m³/m/yr"/>
          <item value="20" color="#f4a582" alpha="255" label="20 m³/m/yr"/>
          <item value="50" color="#df5351" alpha="255" label="50 m³/m/yr"/>
          <item value="100" color="#ca0020" alpha="255" label="100 m³/m/yr (eastward)"/>
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
