<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="-300" classificationMax="300" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="-300" maximumValue="300" labelPrecision="4">
          <item value="-300" color="#0571b0" alpha="255" label="-300 m³/m/yr (southward)"/>
          <item value="-100" color="#4c9bc7" alpha="255" label="-100 m³/m/yr"/>
          <item value="-50" color="#92c5de" alpha="255" label="-50 m³/m/yr"/>
          <item value="-10" color="#c5deeb" alpha="255" label="-10 m³/m/yr"/>
          <item value="0" color="#f7f7f7" alpha="255" label="0 m³/m/yr"/>
          <item value="10" color="#f6cebd" alpha="255" label="10 m³/m/yr"/>
          <item value="50" color="#f4a582" alpha="255" label="50 m³/m/yr"/>
          <item value="100" color="#df5351" alpha="255" label="100 m³/m/yr"/>
          <item value="300" color="#ca0020" alpha="255" label="300 m³/m/yr (northward)"/>
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
