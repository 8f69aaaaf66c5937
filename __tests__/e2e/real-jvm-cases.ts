/**
 * Java's tools failing as CI jobs make them fail (issue 68), for classify-real-jvm.test.ts: Debian's OpenJDK 17
 * (javac, javadoc, java, jar, keytool, jarsigner) and Maven 3.8.7 building offline from Debian's repository. Each case
 * is a `run:` step in a temporary project (`real-env-run.ts` runEnvCase, `bash -e {0}`), HOME in that project. The JVM
 * takes user.home from the password file, not HOME, so Maven would read the user's ~/.m2: the project's
 * `.mvn/maven.config` gives it `-s .m2/settings.xml` (MAVEN_SETTINGS: offline, every repository mirrored by
 * file:///usr/share/maven-repo, the local repository in the project), so no case reads ~/.m2 or the network. `type` is
 * TAXONOMY.md's label; `cause` matches the line that states the cause, never the echo, Maven's `BUILD FAILURE`, its
 * `[Help 1]` footer or javac's `1 error` tally. `passes` marks a look-alike: the step succeeds while printing
 * failure-like words and must not be typed.
 *
 * Left out, and why: Debian's /usr/share/maven-repo here holds Maven's own artifacts and no plugin (no
 * libmaven-compiler-plugin-java, libsurefire-java, libmaven-enforcer-plugin-java, libmaven-javadoc-plugin-java) and
 * the ant, junit4 and junit5 packages are not installed, so surefire's failing, erroring and timed-out tests, its
 * forked-VM crash, `No tests were executed!`, the enforcer's rules, Ant's targets and junit task and JUnit's console
 * launcher cannot run here: none is asserted. What Maven refuses before any plugin runs (its POM, its reactor, its
 * repositories, its JVM) and every JDK tool are.
 *
 * Decisions (TAXONOMY.md):
 * - A pom.xml Maven cannot read or validate (not parseable, a dependency without a version, a module that is not
 *   there, a reactor cycle), an unknown lifecycle phase or plugin prefix, `-pl` naming no module, `-f` naming no file,
 *   no POM at all: `config`, the project's build configuration refuses the job, as the cxx battery's CMakeLists
 *   errors are.
 * - A parent POM, an imported BOM or a plugin that cannot be resolved (offline with a cold local repository, or a
 *   repository that lacks it): `dependency`, "resolving dependencies failed deterministically".
 * - The JVM refusing its options (`-Xmx1x`, an option removed from Java 17 in MAVEN_OPTS), a JAVA_HOME that is not a
 *   JDK, a class built for a newer Java (`UnsupportedClassVersionError`), `--release`/`-target` the JDK lacks:
 *   `config` ("unsupported tool version requested").
 * - The JVM unable to load the job's own classes (`Could not find or load main class`, `NoClassDefFoundError` of a
 *   class the classpath lacks, `no main manifest attribute`, `Unable to access jarfile`): `config`, the job names a
 *   class path, class or jar that is not what it built; nothing failed to compile or resolve.
 * - javac's errors (a diagnostic, -Werror, an annotation processor's error) and javadoc's errors: `build` (TAXONOMY:
 *   "docs build that is a compile"); jar unable to package a missing directory: `build`.
 * - keytool and jarsigner refusing a keystore, its password or alias: `config` (credentials the job cannot use), as
 *   the real-env battery's jarsigner case.
 */
import type { BatteryCase } from './real-battery.js';

const JDK = ['java', 'javac'];
const MVN = ['mvn'];
/** Surefire's cases also need Debian's plugins and JUnit (.ci/run installs them): without them Maven fails to resolve them, not the test. */
const SUREFIRE = [
  ...MVN,
  ...[
    'org/apache/maven/plugins/maven-surefire-plugin',
    'org/apache/maven/plugins/maven-compiler-plugin',
    'org/apache/maven/plugins/maven-resources-plugin',
    'junit/junit',
  ].map((dir) => `/usr/share/maven-repo/${dir}`),
];

/** Maven offline from Debian's repository, its local repository in the project (HOME). */
const MAVEN_SETTINGS =
  '<settings><localRepository>${env.HOME}/m2</localRepository><offline>true</offline>\n' +
  '<mirrors><mirror><id>debian</id><mirrorOf>*</mirrorOf><url>file:///usr/share/maven-repo</url></mirror></mirrors>\n' +
  '</settings>\n';
/** The same, not offline: Debian's repository answers, and lacks what it lacks. */
const MAVEN_ONLINE_SETTINGS = MAVEN_SETTINGS.replace('<offline>true</offline>', '');
/** Read by mvn from the project's `.mvn/`: the project's settings, never ~/.m2's. */
const MAVEN_CONFIG = '-s\n.m2/settings.xml\n';
const pom = (body = '', id = 'app'): string =>
  '<project xmlns="http://maven.apache.org/POM/4.0.0"><modelVersion>4.0.0</modelVersion>\n' +
  `<groupId>com.acme</groupId><artifactId>${id}</artifactId><version>1.0</version>\n${body}</project>\n`;
/** A JUnit 4 test run by Debian's surefire 2.22.3 (compiler 3.10.1, resources 3.3.0: the versions Debian ships). */
const SUREFIRE_FILES = (test: string): Record<string, string> => ({
  'pom.xml': pom(
    '<properties><maven.compiler.release>17</maven.compiler.release><project.build.sourceEncoding>UTF-8</project.build.sourceEncoding></properties>\n' +
      '<dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId><version>4.x</version><scope>test</scope></dependency></dependencies>\n' +
      '<build><plugins>\n' +
      '<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-compiler-plugin</artifactId><version>3.10.1</version></plugin>\n' +
      '<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-resources-plugin</artifactId><version>3.3.0</version></plugin>\n' +
      '<plugin><groupId>org.apache.maven.plugins</groupId><artifactId>maven-surefire-plugin</artifactId><version>2.22.3</version></plugin>\n' +
      '</plugins></build>\n',
  ),
  'src/test/java/a/NetTest.java':
    'package a;\nimport org.junit.Test;\nimport static org.junit.Assert.*;\npublic class NetTest {\n  ' +
    test +
    '\n}\n',
});
const mavenProject = (
  files: Record<string, string> = {},
  settings = MAVEN_SETTINGS,
): Record<string, string> => ({
  '.m2/settings.xml': settings,
  '.mvn/maven.config': MAVEN_CONFIG,
  'pom.xml': pom(),
  ...files,
});
const modules = (...names: string[]): string =>
  `<packaging>pom</packaging><modules>${names.map((n) => `<module>${n}</module>`).join('')}</modules>\n`;

const APP =
  'public class App {\n  public static void main(String[] a) {\n    System.out.println("ok");\n  }\n}\n';
/** An annotation processor that refuses a class without an `id` field, as JPA and MapStruct processors do. */
const PROCESSOR =
  'import java.util.Set;\nimport javax.annotation.processing.*;\nimport javax.lang.model.SourceVersion;\n' +
  'import javax.lang.model.element.*;\nimport javax.tools.Diagnostic;\n' +
  '@SupportedAnnotationTypes("Entity")\n@SupportedSourceVersion(SourceVersion.RELEASE_17)\n' +
  'public class EntityProcessor extends AbstractProcessor {\n' +
  '  public boolean process(Set<? extends TypeElement> as, RoundEnvironment env) {\n' +
  '    for (TypeElement a : as) for (Element e : env.getElementsAnnotatedWith(a))\n' +
  '      if (e.getEnclosedElements().stream().noneMatch(m -> m.getSimpleName().contentEquals("id")))\n' +
  '        processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR, "@Entity " + e.getSimpleName() + " has no id field", e);\n' +
  '    return true;\n  }\n}\n';

export const JVM_CASES: BatteryCase[] = [
  // javac
  {
    name: 'javac, cannot find symbol',
    type: 'build',
    needs: JDK,
    files: { 'src/App.java': 'public class App {\n  int n = Util.count();\n}\n' },
    run: 'javac -d build src/App.java',
    cause: /App\.java:2: error: cannot find symbol/,
  },
  {
    name: 'javac -Xlint -Werror, a deprecation warning',
    type: 'build',
    needs: JDK,
    files: {
      'src/App.java': 'public class App {\n  Integer n = new Integer(3);\n}\n',
    },
    run: 'javac -Xlint:all -Werror -d build src/App.java',
    cause: /warning: \[(?:deprecation|removal)\]|warnings found and -Werror specified/,
  },
  {
    name: 'javac --release 21 on JDK 17',
    type: 'config',
    needs: JDK,
    files: { 'src/App.java': APP },
    run: 'javac --release 21 -d build src/App.java',
    cause: /release version 21 not supported/,
  },
  {
    name: 'javac -source 17 -target 11',
    type: 'config',
    needs: JDK,
    files: { 'src/App.java': APP },
    run: 'javac -source 17 -target 11 -d build src/App.java',
    cause: /source release 17 requires target release 17/,
  },
  {
    name: "an annotation processor's error",
    type: 'build',
    needs: [...JDK, 'jar'],
    files: {
      'proc/EntityProcessor.java': PROCESSOR,
      'proc/META-INF/services/javax.annotation.processing.Processor': 'EntityProcessor\n',
      'src/Entity.java': 'public @interface Entity {}\n',
      'src/Order.java': '@Entity\npublic class Order {\n  String name;\n}\n',
    },
    setup: 'javac -d proc proc/EntityProcessor.java && jar cf processor.jar -C proc .',
    run: 'javac -processorpath processor.jar -d build src/Entity.java src/Order.java',
    cause: /Order\.java:\d+: error: @Entity Order has no id field|error: @Entity Order has no id field/,
  },
  // javadoc
  {
    name: 'javadoc, a generic type in a doc comment (unknown tag)',
    type: 'build',
    needs: ['javadoc'],
    files: {
      'src/com/acme/Range.java':
        'package com.acme;\n/** A range. */\npublic class Range {\n  /** The bounds, as a List<Integer>. */\n  public boolean empty() { return true; }\n}\n',
    },
    run: 'javadoc -quiet -d build/docs -sourcepath src com.acme',
    cause: /Range\.java:4: error: unknown tag: Integer/,
  },
  {
    name: 'javadoc, a {@link} to no class',
    type: 'build',
    needs: ['javadoc'],
    files: {
      'src/com/acme/Range.java':
        'package com.acme;\n/** A range, see {@link Interval}. */\npublic class Range {\n  /** @return true */\n  public boolean empty() { return true; }\n}\n',
    },
    run: 'javadoc -quiet -d build/docs -sourcepath src com.acme',
    cause: /Range\.java:2: error: reference not found/,
  },
  // java
  {
    name: 'java, a class built for Java 21 (UnsupportedClassVersionError)',
    type: 'config',
    needs: JDK,
    files: { 'App.java': APP },
    // The class file's major version (bytes 6-7) set to 65, Java 21's: what javac 21 --release 21 writes.
    setup:
      "javac -d build App.java && printf '\\x00\\x41' | dd of=build/App.class bs=1 seek=6 conv=notrunc 2>/dev/null",
    run: 'java -cp build App',
    cause: /UnsupportedClassVersionError: App has been compiled by a more recent version of the Java Runtime/,
    left: {
      type: 'build',
      causeShown: true,
      why: "build-tool types UnsupportedClassVersionError `build`, as the corpus labels a Maven plugin built for a newer Java (d0107, cidiff); a person would say config (the job's Java is too old), but a rule against the corpus's label is the lead's call. Not retried either way",
    },
  },
  {
    name: 'java, Could not find or load main class',
    type: 'config',
    needs: JDK,
    files: { 'App.java': APP },
    setup: 'javac -d build App.java',
    run: 'java -cp build com.acme.App',
    cause: /Could not find or load main class com\.acme\.App/,
  },
  {
    name: 'java, NoClassDefFoundError of a class the classpath lacks',
    type: 'config',
    needs: JDK,
    files: {
      'src/Lib.java': 'public class Lib {\n  public static int answer() { return 42; }\n}\n',
      'src/App.java':
        'public class App {\n  public static void main(String[] a) {\n    System.out.println(Lib.answer());\n  }\n}\n',
    },
    setup: 'javac -d build src/Lib.java src/App.java && mkdir lib && mv build/Lib.class lib/',
    run: 'java -cp build App',
    cause: /NoClassDefFoundError: Lib/,
  },
  {
    name: 'java -Xmx1x, Invalid maximum heap size',
    type: 'config',
    needs: JDK,
    files: { 'App.java': APP },
    setup: 'javac -d build App.java',
    run: 'java -Xmx1x -cp build App',
    cause: /Invalid maximum heap size: -Xmx1x/,
  },
  {
    name: 'java -jar, no main manifest attribute',
    type: 'config',
    needs: [...JDK, 'jar'],
    files: { 'App.java': APP },
    setup: 'javac -d build App.java && jar cf app.jar -C build .',
    run: 'java -jar app.jar',
    cause: /no main manifest attribute, in app\.jar/,
  },
  {
    name: 'java -jar, Unable to access jarfile',
    type: 'config',
    needs: JDK,
    run: 'java -jar target/app-1.0.jar',
    cause: /Unable to access jarfile target\/app-1\.0\.jar/,
  },
  {
    name: 'java, Unrecognized VM option in JDK_JAVA_OPTIONS',
    type: 'config',
    needs: JDK,
    files: { 'App.java': APP },
    setup: 'javac -d build App.java',
    run: 'java -cp build App',
    env: { JDK_JAVA_OPTIONS: '-XX:+UseConcMarkSweepGC' },
    cause: /Unrecognized VM option 'UseConcMarkSweepGC'/,
  },
  // jar, keytool, jarsigner
  {
    name: 'jar cf of a directory not built',
    type: 'build',
    needs: ['jar'],
    run: 'jar cf app.jar -C build/classes .',
    cause: /build\/classes.*(?:no such file or directory|not a directory)/i,
    left: {
      type: 'unknown',
      causeShown: false,
      why: "jar's `<path> : no such file or directory` (sun.tools.jar.Main error.nosuch.fileordir) is a bare path and a phrase many tools print; no rule of jar's own words would stay sound, and unknown is not retried",
    },
  },
  {
    name: 'keytool -list, a wrong keystore password',
    type: 'config',
    needs: ['keytool'],
    setup:
      'keytool -genkeypair -keystore release.p12 -storepass rightpass -keypass rightpass -alias release -keyalg RSA -keysize 2048 -dname CN=ci -validity 2 >/dev/null 2>&1',
    run: 'keytool -list -keystore release.p12 -storepass "$KEYSTORE_PASSWORD"',
    env: { KEYSTORE_PASSWORD: 'wrongpass' },
    cause: /keystore password was incorrect/,
  },
  {
    name: 'jarsigner, an alias the keystore lacks',
    type: 'config',
    needs: ['keytool', 'jarsigner', 'jar'],
    files: { 'A.txt': 'a\n' },
    setup:
      'keytool -genkeypair -keystore release.p12 -storepass rightpass -keypass rightpass -alias release -keyalg RSA -keysize 2048 -dname CN=ci -validity 2 >/dev/null 2>&1 && jar cf app.jar A.txt',
    run: 'jarsigner -keystore release.p12 -storepass rightpass app.jar "$SIGNING_ALIAS"',
    env: { SIGNING_ALIAS: 'upload' },
    cause: /Certificate chain not found for: upload/,
  },
  {
    name: 'keytool -importcert of a certificate file not there',
    type: 'config',
    needs: ['keytool'],
    run: 'keytool -importcert -noprompt -alias corp-ca -file certs/corp-ca.pem -keystore truststore.p12 -storepass changeit',
    cause: /FileNotFoundException: certs\/corp-ca\.pem/,
  },
  // Maven, before any plugin runs
  {
    name: 'mvn, a POM Maven cannot parse',
    type: 'config',
    needs: MVN,
    files: mavenProject({ 'pom.xml': pom('<dependencies><dependency>\n</dependencies>\n') }),
    run: 'mvn -B validate',
    cause: /Non-parseable POM .*pom\.xml/,
  },
  {
    name: 'mvn, a dependency without a version',
    type: 'config',
    needs: MVN,
    files: mavenProject({
      'pom.xml': pom(
        '<dependencies><dependency><groupId>junit</groupId><artifactId>junit</artifactId></dependency></dependencies>\n',
      ),
    }),
    run: 'mvn -B validate',
    cause: /'dependencies\.dependency\.version' for junit:junit:jar is missing/,
  },
  {
    name: 'mvn, a module directory that is not there',
    type: 'config',
    needs: MVN,
    files: mavenProject({ 'pom.xml': pom(modules('core', 'web')), 'core/pom.xml': pom('', 'core') }),
    run: 'mvn -B validate',
    cause: /Child module .*web.* does not exist/,
  },
  {
    name: 'mvn -pl, a module the reactor lacks',
    type: 'config',
    needs: MVN,
    files: mavenProject({ 'pom.xml': pom(modules('core')), 'core/pom.xml': pom('', 'core') }),
    run: 'mvn -B -pl api validate',
    cause: /Could not find the selected project in the reactor: api/,
  },
  {
    name: 'mvn, an unknown lifecycle phase',
    type: 'config',
    needs: MVN,
    files: mavenProject(),
    run: 'mvn -B complie',
    cause: /Unknown lifecycle phase "complie"/,
  },
  {
    // The workflow's goals in a variable that is empty on this event: Maven runs with none.
    name: 'mvn with no goal (an empty $MAVEN_GOALS)',
    type: 'config',
    needs: MVN,
    files: mavenProject(),
    run: 'mvn -B $MAVEN_GOALS',
    cause: /No goals have been specified for this build/,
  },
  {
    name: 'mvn, a plugin prefix no repository knows',
    type: 'config',
    needs: MVN,
    files: mavenProject(),
    run: 'mvn -B spotless:check',
    cause: /No plugin found for prefix 'spotless'/,
  },
  {
    name: 'mvn, no POM in the directory',
    type: 'config',
    needs: MVN,
    files: { '.m2/settings.xml': MAVEN_SETTINGS, '.mvn/maven.config': MAVEN_CONFIG, 'README.md': '# app\n' },
    run: 'mvn -B verify',
    cause: /there is no POM in this directory/,
  },
  {
    name: 'mvn -f, a POM file not there',
    type: 'config',
    needs: MVN,
    files: mavenProject(),
    run: 'mvn -B -f services/api/pom.xml validate',
    cause: /Non-readable POM \S*services\/api\/pom\.xml/,
  },
  {
    name: 'mvn, MAVEN_OPTS the JVM refuses',
    type: 'config',
    needs: MVN,
    files: mavenProject(),
    run: 'mvn -B validate',
    env: { MAVEN_OPTS: '-Xmx1g -XX:+UseConcMarkSweepGC' },
    cause: /Unrecognized VM option 'UseConcMarkSweepGC'/,
  },
  {
    name: 'mvn, JAVA_HOME not a JDK',
    type: 'config',
    needs: MVN,
    files: mavenProject(),
    run: 'mvn -B validate',
    env: { JAVA_HOME: '/opt/hostedtoolcache/Java_Temurin-Hotspot_jdk/21/x64' },
    cause: /JAVA_HOME environment variable is not defined correctly/,
  },
  {
    name: 'mvn test, a failing JUnit test that printed Connection refused (a test, never retried)',
    type: 'test',
    needs: SUREFIRE,
    files: mavenProject(
      SUREFIRE_FILES(
        '@Test public void fetchesConfig() throws Exception {\n    try { new java.net.Socket("127.0.0.1", 1).close(); } catch (java.io.IOException e) { System.out.println("java.net.ConnectException: Connection refused"); }\n    assertEquals("expected config value", 3, 2);\n  }',
      ),
      MAVEN_ONLINE_SETTINGS,
    ),
    run: 'mvn -B test',
    cause: /fetchesConfig\(a\.NetTest\)|NetTest\.fetchesConfig:\d+ expected config value/,
  },
  {
    name: 'mvn test, a test calling System.exit (surefire: the forked VM terminated)',
    type: 'test',
    needs: SUREFIRE,
    files: mavenProject(
      SUREFIRE_FILES('@Test public void exits() { System.exit(3); }'),
      MAVEN_ONLINE_SETTINGS,
    ),
    run: 'mvn -B test',
    cause: /The forked VM terminated without properly saying goodbye/,
  },
  {
    name: 'mvn -o, a plugin never downloaded',
    type: 'dependency',
    needs: MVN,
    files: mavenProject(),
    run: 'mvn -B compile',
    cause:
      /Plugin org\.apache\.maven\.plugins:maven-resources-plugin:[\d.]+ or one of its dependencies could not be resolved/,
  },
  {
    name: 'mvn -o, a parent POM never downloaded',
    type: 'dependency',
    needs: MVN,
    files: mavenProject({
      'pom.xml': pom().replace(
        '<groupId>',
        '<parent><groupId>org.springframework.boot</groupId><artifactId>spring-boot-starter-parent</artifactId><version>3.2.0</version><relativePath/></parent>\n<groupId>',
      ),
    }),
    run: 'mvn -B validate',
    cause: /Non-resolvable parent POM for com\.acme:app:1\.0/,
  },
  {
    name: 'mvn, an imported BOM the repository lacks',
    type: 'dependency',
    needs: MVN,
    files: mavenProject(
      {
        'pom.xml': pom(
          '<dependencyManagement><dependencies><dependency><groupId>org.junit</groupId><artifactId>junit-bom</artifactId><version>5.10.1</version><type>pom</type><scope>import</scope></dependency></dependencies></dependencyManagement>\n',
        ),
      },
      MAVEN_ONLINE_SETTINGS,
    ),
    run: 'mvn -B validate',
    cause:
      /Non-resolvable import POM.*org\.junit:junit-bom:pom:5\.10\.1|Could not find artifact org\.junit:junit-bom:pom:5\.10\.1/,
  },
  // look-alikes
  {
    name: 'passes: mvn -P with a profile that does not exist',
    type: 'unknown',
    passes: true,
    needs: MVN,
    files: mavenProject(),
    run: 'mvn -B -P release validate',
    cause: /The requested profile "release" could not be activated because it does not exist/,
  },
  {
    name: 'passes: mvn validate, [WARNING] of a deprecated expression',
    type: 'unknown',
    passes: true,
    needs: MVN,
    files: mavenProject({
      'pom.xml': pom('<properties><app.version>${pom.version}</app.version></properties>\n'),
    }),
    run: 'mvn -B validate',
    cause: /\[WARNING\].*deprecated/,
  },
  {
    name: 'passes: javac -Xlint, warnings without -Werror',
    type: 'unknown',
    passes: true,
    needs: JDK,
    files: {
      'src/App.java':
        'import java.util.*;\npublic class App {\n  Integer n = new Integer(3);\n  List raw = new ArrayList();\n  void add() { raw.add("x"); }\n}\n',
    },
    run: 'javac -Xlint:all -d build src/App.java',
    cause: /warning: \[(?:deprecation|removal|unchecked)\]/,
  },
  {
    name: 'passes: a program logging ConnectException: Connection refused, then retrying',
    type: 'unknown',
    passes: true,
    needs: JDK,
    files: {
      'Probe.java':
        'import java.net.*;\npublic class Probe {\n  public static void main(String[] a) throws Exception {\n' +
        '    try (Socket s = new Socket("127.0.0.1", 9)) {\n    } catch (ConnectException e) {\n' +
        '      e.printStackTrace();\n      System.out.println("cache server not up; running without cache");\n    }\n  }\n}\n',
    },
    setup: 'javac -d build Probe.java',
    run: 'java -cp build Probe',
    cause: /java\.net\.ConnectException: Connection refused/,
  },
  {
    name: 'passes: an exception in a worker thread, main exits 0',
    type: 'unknown',
    passes: true,
    needs: JDK,
    files: {
      'Jobs.java':
        'public class Jobs {\n  public static void main(String[] a) throws Exception {\n' +
        '    Thread t = new Thread(() -> { throw new IllegalStateException("job 3 failed: OutOfMemoryError simulated"); }, "worker-1");\n' +
        '    t.start();\n    t.join();\n    System.out.println("2 of 3 jobs done");\n  }\n}\n',
    },
    setup: 'javac -d build Jobs.java',
    run: 'java -cp build Jobs',
    cause: /Exception in thread "worker-1" java\.lang\.IllegalStateException/,
  },
  {
    name: 'passes: javadoc, warnings only',
    type: 'unknown',
    passes: true,
    needs: ['javadoc'],
    files: {
      'src/com/acme/Range.java':
        'package com.acme;\n/** A range. */\npublic class Range {\n  public boolean empty() { return true; }\n}\n',
    },
    run: 'javadoc -Xdoclint:all -d build/docs -sourcepath src com.acme',
    cause: /warning: no comment/,
  },
];
