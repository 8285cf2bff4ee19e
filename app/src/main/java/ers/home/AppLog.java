package ers.home;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.encoder.PatternLayoutEncoder;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.rolling.FixedWindowRollingPolicy;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeBasedTriggeringPolicy;
import ch.qos.logback.core.util.Duration;
import ch.qos.logback.core.util.FileSize;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The application's log: {@code logs/ers.log} in the user's folder, so that when a user says "it
 * went wrong" the faults and their stack traces can be read afterwards. It rolls over at 1 MB and
 * keeps {@value #KEPT} older copies ({@code ers.1.log} newest), so it never grows without bound.
 * Until {@link #start} is called (tests, and the moment before the launcher does) nothing is written
 * to the user's folder.
 */
public final class AppLog {

    static final int KEPT = 5;
    static final String MAX_SIZE = "1MB";
    static final String FILE = "ers.log";

    private static volatile Path file;

    private AppLog() {
    }

    /** Sends every log message from now on to the rolling log in {@code home}; returns the log file. */
    public static synchronized Path start(AppHome home) {
        Path log = home.logs().resolve(FILE).toAbsolutePath();
        if (!(LoggerFactory.getILoggerFactory() instanceof LoggerContext context)) {
            return log;
        }
        context.reset();
        RollingFileAppender<ILoggingEvent> appender = new RollingFileAppender<>();
        appender.setContext(context);
        appender.setName("file");
        appender.setFile(log.toString());

        FixedWindowRollingPolicy rolling = new FixedWindowRollingPolicy();
        rolling.setContext(context);
        rolling.setParent(appender);
        rolling.setFileNamePattern(home.logs().toAbsolutePath().resolve("ers.%i.log").toString());
        rolling.setMinIndex(1);
        rolling.setMaxIndex(KEPT);
        rolling.start();

        SizeBasedTriggeringPolicy<ILoggingEvent> trigger = new SizeBasedTriggeringPolicy<>();
        trigger.setContext(context);
        trigger.setMaxFileSize(FileSize.valueOf(MAX_SIZE));
        // The application logs little; checking the size on every message keeps the limit exact.
        trigger.setCheckIncrement(Duration.buildByMilliseconds(0));
        trigger.start();

        PatternLayoutEncoder encoder = new PatternLayoutEncoder();
        encoder.setContext(context);
        encoder.setPattern("%d{yyyy-MM-dd HH:mm:ss.SSS} %-5level [%thread] %logger{36} - %msg%n");
        encoder.start();

        appender.setRollingPolicy(rolling);
        appender.setTriggeringPolicy(trigger);
        appender.setEncoder(encoder);
        appender.start();

        ch.qos.logback.classic.Logger root = context.getLogger(Logger.ROOT_LOGGER_NAME);
        root.setLevel(Level.INFO);
        root.addAppender(appender);
        // The schema validator reports each file's problems to the user itself; only its warnings matter here.
        context.getLogger("com.networknt").setLevel(Level.WARN);
        file = log;
        Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
        Thread.setDefaultUncaughtExceptionHandler((thread, fault) -> {
            LoggerFactory.getLogger(AppLog.class).error("uncaught on thread {}", thread.getName(), fault);
            if (previous != null) {
                previous.uncaughtException(thread, fault);
            }
        });
        return log;
    }

    /** Where the log is written, for Help > About and for messages that point to it. */
    public static Path location() {
        Path started = file;
        return started != null ? started : AppHome.fromEnvironment().logs().resolve(FILE).toAbsolutePath();
    }
}
