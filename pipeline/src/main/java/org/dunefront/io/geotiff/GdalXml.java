package org.dunefront.io.geotiff;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/** Secure DOM parsing (no DTDs, no external entities) for GDAL's small XML documents. */
final class GdalXml {
    private GdalXml() { }

    /** The document element of {@code xml}, or null when it is not well-formed XML. */
    static Element parse(byte[] xml) {
        try {
            DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
            f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            f.setXIncludeAware(false);
            f.setExpandEntityReferences(false);
            DocumentBuilder b = f.newDocumentBuilder();
            b.setErrorHandler(null);
            Document d = b.parse(new ByteArrayInputStream(xml));
            return d.getDocumentElement();
        } catch (Exception e) {
            return null;
        }
    }

    static Element parse(String xml) {
        return parse(xml.getBytes(StandardCharsets.UTF_8));
    }

    /** Direct child elements of {@code e} named {@code name}. */
    static java.util.List<Element> children(Element e, String name) {
        java.util.List<Element> out = new java.util.ArrayList<>();
        NodeList nl = e.getChildNodes();
        for (int i = 0; i < nl.getLength(); i++) {
            Node n = nl.item(i);
            if (n instanceof Element c && c.getTagName().equals(name)) out.add(c);
        }
        return out;
    }
}
