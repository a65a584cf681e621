import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.jar.Manifest;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;

/**
 * Checks a staging deploy (a Maven repository in a directory): every published module of the project is there with
 * its jar, sources jar, Javadoc jar and a POM carrying the metadata a public repository asks for (name, description,
 * url, licenses, scm, developers: its own or its parent's); each jar names its Automatic-Module-Name and carries the
 * LICENSE; the BOM lists exactly the published modules. A module is published unless its POM sets
 * maven.deploy.skip. Run by .ci/run: {@code java .ci/StagingCheck.java <project dir> <staging dir>}.
 */
public class StagingCheck {

  static final String GROUP = "dev.partnerkit";
  static final List<String> problems = new ArrayList<>();

  public static void main(String[] args) throws Exception {
    try {
      check(Path.of(args[0]), Path.of(args[1]));
    } catch (IllegalStateException stopped) {
      // a missing file: already among the problems
    }
    if (!problems.isEmpty()) {
      problems.forEach(p -> System.out.println("STAGING PROBLEM: " + p));
      System.exit(1);
    }
  }

  static void check(Path project, Path staging) throws Exception {
    Element root = read(project.resolve("pom.xml"));
    String version = text(root, "version");

    Set<String> published = new TreeSet<>();
    String bom = null;
    for (Element module : children(child(root, "modules"), "module")) {
      Element pom = read(project.resolve(module.getTextContent().trim()).resolve("pom.xml"));
      String artifactId = text(pom, "artifactId");
      Element properties = child(pom, "properties");
      boolean skipped = properties != null && "true".equals(text(properties, "maven.deploy.skip"));
      if ("pom".equals(text(pom, "packaging"))) {
        bom = artifactId;
      } else if (!skipped) {
        published.add(artifactId);
      }
    }
    if (bom == null) {
      fail("no BOM module (packaging pom) in the reactor");
    } else {
      Element bomPom = read(artifact(staging, bom, version, ".pom"));
      metadata(bom, bomPom, staging, version);
      Set<String> listed = new TreeSet<>();
      for (Element d : children(child(child(bomPom, "dependencyManagement"), "dependencies"), "dependency")) {
        listed.add(text(d, "artifactId"));
      }
      if (!listed.equals(published)) {
        fail(bom + " lists " + listed + " but the published modules are " + published);
      }
    }
    artifact(staging, "partnerkit-parent", version, ".pom");

    for (String a : published) {
      metadata(a, read(artifact(staging, a, version, ".pom")), staging, version);
      Path jar = artifact(staging, a, version, ".jar");
      try (JarFile j = new JarFile(jar.toFile())) {
        Manifest m = j.getManifest();
        String name = m == null ? null : m.getMainAttributes().getValue("Automatic-Module-Name");
        if (name == null || !name.matches("dev\\.partnerkit(\\.[a-z][a-z0-9]*)+")) {
          fail(a + ": Automatic-Module-Name is " + name);
        }
        if (j.getEntry("META-INF/LICENSE") == null) {
          fail(a + ": no META-INF/LICENSE in the jar");
        }
      }
      for (String classifier : List.of("-sources.jar", "-javadoc.jar")) {
        try (JarFile j = new JarFile(artifact(staging, a, version, classifier).toFile())) {
          if (j.stream().noneMatch(e -> !e.isDirectory() && !e.getName().startsWith("META-INF/"))) {
            fail(a + classifier + " is empty");
          }
        }
      }
      System.out.println("staged: " + GROUP + ":" + a + ":" + version + " (jar, sources, javadoc, pom)");
    }
    if (problems.isEmpty()) {
      System.out.println("staging check: " + published.size() + " published modules and " + bom + " complete in "
          + staging);
    }
  }

  /** The POM's own name and description, and url, licenses, scm, developers from it or its parents. */
  static void metadata(String artifactId, Element pom, Path staging, String version) throws Exception {
    for (String own : List.of("name", "description")) {
      if (text(pom, own) == null || text(pom, own).isBlank()) {
        fail(artifactId + ": the POM has no " + own);
      }
    }
    for (String[] path : List.of(new String[] {"url"}, new String[] {"licenses", "license", "name"},
        new String[] {"scm", "url"}, new String[] {"scm", "connection"}, new String[] {"developers", "developer", "name"})) {
      Element p = pom;
      String found = null;
      while (p != null && found == null) {
        found = deep(p, path);
        Element parent = child(p, "parent");
        p = parent == null ? null : read(artifact(staging, text(parent, "artifactId"), text(parent, "version"), ".pom"));
      }
      if (found == null || found.isBlank()) {
        fail(artifactId + ": no " + String.join("/", path) + " in the POM or its parents");
      }
    }
  }

  /** The one staged file of {@code artifactId} ending in {@code suffix} (a classifier, or the main jar or pom). */
  static Path artifact(Path staging, String artifactId, String version, String suffix) throws IOException {
    Path dir = staging.resolve(GROUP.replace('.', '/')).resolve(artifactId).resolve(version);
    List<Path> found = new ArrayList<>();
    if (Files.isDirectory(dir)) {
      try (Stream<Path> files = Files.list(dir)) {
        files.filter(f -> {
          String n = f.getFileName().toString();
          boolean classified = n.endsWith("-sources.jar") || n.endsWith("-javadoc.jar");
          return n.startsWith(artifactId + "-") && n.endsWith(suffix) && (suffix.startsWith("-") || !classified);
        }).forEach(found::add);
      }
    }
    if (found.size() != 1) {
      fail(artifactId + ": expected one " + suffix + " in " + dir + ", found " + found);
      throw new IllegalStateException(String.join("\n", problems));
    }
    return found.get(0);
  }

  static Element read(Path pom) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    try (InputStream in = Files.newInputStream(pom)) {
      Document d = f.newDocumentBuilder().parse(in);
      return d.getDocumentElement();
    }
  }

  static Element child(Element e, String name) {
    if (e == null) {
      return null;
    }
    for (Node n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element c && c.getTagName().equals(name)) {
        return c;
      }
    }
    return null;
  }

  static List<Element> children(Element e, String name) {
    List<Element> out = new ArrayList<>();
    if (e != null) {
      NodeList nodes = e.getChildNodes();
      for (int i = 0; i < nodes.getLength(); i++) {
        if (nodes.item(i) instanceof Element c && c.getTagName().equals(name)) {
          out.add(c);
        }
      }
    }
    return out;
  }

  static String text(Element e, String name) {
    Element c = child(e, name);
    return c == null ? null : c.getTextContent().trim();
  }

  static String deep(Element e, String... path) {
    Element c = e;
    for (String p : path) {
      c = child(c, p);
    }
    return c == null ? null : c.getTextContent().trim();
  }

  static void fail(String problem) {
    problems.add(problem);
  }
}
