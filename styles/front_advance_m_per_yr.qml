<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="0" classificationMax="300" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="0" maximumValue="300" labelPrecision="4">
          <item value="0" color="#ffffb2" alpha="255" label="0 m/yr"/>
          <item value="5" color="#fedd79" alpha="255" label="5 m/yr"/>
          <item value="10" color="#feb751" alpha="255" label="10 m/yr"/>
          <item value="20" color="#fd8d3c" alpha="255" label="20 m/yr"/>
          <item value="50" color="#f45629" alpha="255" label="50 m/yr"/>
          <item value="100" color="#df2722" alpha="255" label="100 m/yr"/>
          <item value="300" color="#bd0026" alpha="255" label="300 m/yr"/>
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
