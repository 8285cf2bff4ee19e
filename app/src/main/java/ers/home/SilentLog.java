package ers.home;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.Configurator;
import ch.qos.logback.core.spi.ContextAwareBase;
import org.slf4j.Logger;

/**
 * The log's state until the launcher starts the rolling log in the user's folder ({@link AppLog}):
 * silent, so tests and library code write nowhere and a command's output is never mixed with log
 * lines. Set in code rather than by a {@code logback.xml}, because reading that file loads the XML
 * configuration machinery, a few hundred classes, on every start.
 */
public final class SilentLog extends ContextAwareBase implements Configurator {

    @Override
    public ExecutionStatus configure(LoggerContext context) {
        context.getLogger(Logger.ROOT_LOGGER_NAME).setLevel(Level.OFF);
        return ExecutionStatus.DO_NOT_INVOKE_NEXT_IF_ANY;
    }
}
