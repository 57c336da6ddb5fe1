package io.veille.ingester.parse;

import java.io.IOException;
import java.io.StringReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * A JDOM parser that cannot be made to read anything but its input: DOCTYPE declarations are refused,
 * external general and parameter entities and external DTDs are disabled, and entities are never
 * expanded. One builder per thread (SAXBuilder is not thread-safe, and building one is not free).
 */
final class SecureXml {
    private static final ThreadLocal<SAXBuilder> BUILDER = ThreadLocal.withInitial(SecureXml::newBuilder);

    private SecureXml() {
    }

    static Document parse(String xml) throws JDOMException, IOException {
        return BUILDER.get().build(new InputSource(new StringReader(xml)));
    }

    private static SAXBuilder newBuilder() {
        SAXBuilder builder = new SAXBuilder(XMLReaders.NONVALIDATING);
        builder.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        builder.setFeature("http://xml.org/sax/features/external-general-entities", false);
        builder.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        builder.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        builder.setExpandEntities(false);
        builder.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        builder.setReuseParser(true);
        return builder;
    }
}
