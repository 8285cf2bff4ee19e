package ers.portfolio;

import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Prints how long opening the benchmark's heavy portfolio takes in format 2 with this build, and
 * in format 1 with a build from before format 2, timed in turn in one JVM so that a busy machine
 * slows both alike. Not a test; with a build of the commit before format 2 in {@code OLD}:
 * <pre>
 * java -cp app/target/test-classes:app/target/classes:$(cat app/target/cp.txt) ers.portfolio.OpenComparison \
 *     OLD/app/target/test-classes:OLD/app/target/classes:$(cat OLD/app/target/cp.txt)
 * </pre>
 */
public final class OpenComparison {

    private static final int WARM_UP = 20;
    private static final int RUNS = 41;

    private OpenComparison() {
    }

    /** One build's reader, loaded on its own, and the heavy portfolio written by that build. */
    private record Build(String name, ClassLoader loader, Method read, Path file) {

        static Build load(String name, String classPath, Path dir) throws Exception {
            List<URL> urls = new ArrayList<>();
            for (String entry : classPath.split(java.io.File.pathSeparator)) {
                urls.add(Path.of(entry).toUri().toURL());
            }
            ClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader());
            Object heavy = loader.loadClass("ers.portfolio.FileBenchmark").getMethod("heavy").invoke(null);
            Class<?> portfolio = loader.loadClass("ers.portfolio.Portfolio");
            byte[] bytes = (byte[]) loader.loadClass("ers.portfolio.PortfolioWriter").getMethod("toBytes", portfolio)
                    .invoke(null, heavy);
            Path file = dir.resolve(name + ".ers.json");
            Files.write(file, bytes);
            System.out.printf("%s: %.1f MB%n", name, bytes.length / 1048576.0);
            return new Build(name, loader, loader.loadClass("ers.portfolio.PortfolioReader").getMethod("read", Path.class),
                    file);
        }

        /** The schema library finds its {@code classpath:} schemas through the thread's class loader. */
        double open() throws Exception {
            Thread.currentThread().setContextClassLoader(loader);
            long start = System.nanoTime();
            read.invoke(null, file);
            return (System.nanoTime() - start) / 1e6;
        }
    }

    public static void main(String[] args) throws Exception {
        Path dir = Files.createTempDirectory("ers-compare");
        Build before = Build.load("format 1 (build before format 2)", args[0], dir);
        Build now = Build.load("format 2 (this build)", System.getProperty("java.class.path"), dir);
        for (int i = 0; i < WARM_UP; i++) {
            before.open();
            now.open();
        }
        double[] a = new double[RUNS];
        double[] b = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            a[i] = before.open();
            b[i] = now.open();
        }
        Arrays.sort(a);
        Arrays.sort(b);
        System.out.printf("open (read, schema, rules, bind), %d runs each in turn after %d warm-up:%n", RUNS, WARM_UP);
        System.out.printf("  %-34s median %6.1f ms   min %6.1f ms%n", before.name(), a[RUNS / 2], a[0]);
        System.out.printf("  %-34s median %6.1f ms   min %6.1f ms%n", now.name(), b[RUNS / 2], b[0]);
        System.out.printf("  ratio                              median %6.2f      min %6.2f%n",
                b[RUNS / 2] / a[RUNS / 2], b[0] / a[0]);
        try (var files = Files.list(dir)) {
            for (Path f : files.toList()) {
                Files.delete(f);
            }
        }
        Files.delete(dir);
    }
}
