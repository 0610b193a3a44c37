<!DOCTYPE qgis PUBLIC 'http://mrcc.com/qgis.dtd' 'SYSTEM'>
<qgis version="3.28.0-Firenze" styleCategories="AllStyleCategories" hasScaleBasedVisibilityFlag="0">
  <pipe>
    <rasterrenderer type="singlebandpseudocolor" opacity="1" band="1" classificationMin="-10" classificationMax="10" alphaBand="-1" nodataColor="">
      <rasterTransparency/>
      <rastershader>
        <colorrampshader colorRampType="INTERPOLATED" classificationMode="1" clip="0" minimumValue="-10" maximumValue="10" labelPrecision="4">
          <item value="-10" color="#5e3c99" alpha="255" label="-10 m (erosion)"/>
          <item value="-2" color="#8874b6" alpha="255" label="-2 m"/>
          <item value="-0.5" color="#b2abd2" alpha="255" label="-0.5 m"/>
          <item value="-0.1" color="#d5d1e5" alpha="255" label="-0.1 m"/>
          <item value="0" color="#f7f7f7" alpha="255" label="0 m"/>
          <item value="0.1" color="#fad8ad" alpha="255" label="0.1 m"/>
          <item value="0.5" color="#fdb863" alpha="255" label="0.5 m"/>
          <item value="2" color="#f28d32" alpha="255" label="2 m"/>
          <item value="10" color="#e66101" alpha="255" label="10 m (deposition)"/>
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
