package ers;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The build runs window tests in their own execution with a time limit, chosen by the tag
 * {@code ui}; a window test without it would run in the untimed execution, where a hung window
 * stalls the build instead of failing it.
 */
class UiTestTagTest {

    @Test
    void everyTestOfTheWindowPackagesIsTaggedUi() throws Exception {
        Path classes = Path.of(UiTestTagTest.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> untagged;
        try (Stream<Path> files = Files.walk(classes.resolve("ers/ui"))) {
            List<Class<?>> tests = files.map(p -> classes.relativize(p).toString())
                    .filter(name -> name.endsWith("Test.class"))
                    .map(UiTestTagTest::load)
                    .filter(c -> !Modifier.isAbstract(c.getModifiers()))
                    .toList();
            assertTrue(tests.size() >= 5, "found the window tests: " + tests);
            untagged = tests.stream().filter(c -> !tagged(c)).map(Class::getName).toList();
        }
        assertEquals(List.of(), untagged, "add @Tag(\"ui\") to these");
    }

    private static boolean tagged(Class<?> test) {
        return Arrays.stream(test.getAnnotationsByType(Tag.class)).anyMatch(t -> t.value().equals("ui"));
    }

    private static Class<?> load(String file) {
        try {
            return Class.forName(file.substring(0, file.length() - ".class".length()).replace('/', '.'), false,
                    UiTestTagTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
