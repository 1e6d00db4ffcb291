// Reads a folder of UIMA CAS XMI (TypeSystem.xml beside the .xmi files) with Apache UIMA's
// own Java XmiCasDeserializer -- the reader INCEpTION and DKPro Core use -- prints every
// annotation as one JSON line, and writes each CAS again with UIMA's XmiCasSerializer into
// the output folder. Used by tests/db/interchange/test_xmi_uima_java.py; run with
//   java -cp /usr/share/java/uimaj-core.jar XmiCheck.java IN_FOLDER OUT_FOLDER
// (Debian: libuima-core-java). Offsets are printed as UIMA holds them: UTF-16 code units.

import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.util.Arrays;

import org.apache.uima.UIMAFramework;
import org.apache.uima.cas.CAS;
import org.apache.uima.cas.Feature;
import org.apache.uima.cas.FeatureStructure;
import org.apache.uima.cas.Type;
import org.apache.uima.cas.impl.XmiCasDeserializer;
import org.apache.uima.cas.impl.XmiCasSerializer;
import org.apache.uima.cas.text.AnnotationFS;
import org.apache.uima.resource.metadata.TypeSystemDescription;
import org.apache.uima.util.CasCreationUtils;
import org.apache.uima.util.XMLInputSource;

public class XmiCheck {
    public static void main(String[] args) throws Exception {
        File in = new File(args[0]);
        File out = new File(args[1]);
        out.mkdirs();
        TypeSystemDescription types = UIMAFramework.getXMLParser()
                .parseTypeSystemDescription(new XMLInputSource(new File(in, "TypeSystem.xml")));
        Files.copy(new File(in, "TypeSystem.xml").toPath(), new File(out, "TypeSystem.xml").toPath());
        File[] files = in.listFiles((dir, name) -> name.endsWith(".xmi"));
        Arrays.sort(files);
        for (File xmi : files) {
            CAS cas = CasCreationUtils.createCas(types, null, null);
            try (InputStream stream = new FileInputStream(xmi)) {
                XmiCasDeserializer.deserialize(stream, cas, false);
            }
            for (AnnotationFS a : cas.getAnnotationIndex()) {
                StringBuilder line = new StringBuilder();
                line.append("{\"file\":").append(json(xmi.getName()));
                line.append(",\"type\":").append(json(a.getType().getName()));
                line.append(",\"begin\":").append(a.getBegin());
                line.append(",\"end\":").append(a.getEnd());
                line.append(",\"text\":").append(json(a.getCoveredText()));
                line.append(",\"features\":{");
                boolean first = true;
                for (Feature f : a.getType().getFeatures()) {
                    String range = f.getRange().getName();
                    String value = null;
                    if (range.equals("uima.cas.String")) {
                        value = json(a.getStringValue(f));
                    } else if (range.equals("uima.cas.Boolean")) {
                        value = Boolean.toString(a.getBooleanValue(f));
                    } else if (f.getShortName().equals("Governor") || f.getShortName().equals("Dependent")) {
                        FeatureStructure target = a.getFeatureValue(f);
                        Feature id = target == null ? null : target.getType().getFeatureByBaseName("marginaliaId");
                        value = id == null ? "null" : json(target.getStringValue(id));
                    }
                    if (value == null || f.getShortName().equals("sofa")) {
                        continue;
                    }
                    line.append(first ? "" : ",").append(json(f.getShortName())).append(':').append(value);
                    first = false;
                }
                line.append("}}");
                System.out.println(line);
            }
            try (OutputStream stream = new FileOutputStream(new File(out, xmi.getName()))) {
                XmiCasSerializer.serialize(cas, stream);
            }
        }
    }

    /** A JSON string; every character outside printable ASCII as a \\u escape of its UTF-16 unit. */
    static String json(String s) {
        if (s == null) {
            return "null";
        }
        StringBuilder b = new StringBuilder("\"");
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\\') {
                b.append('\\').append(c);
            } else if (c < 0x20 || c > 0x7e) {
                b.append(String.format("\\u%04x", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.append('"').toString();
    }
}
