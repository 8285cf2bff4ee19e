package ers.portfolio.edit;

import ers.portfolio.Portfolio;
import ers.portfolio.PortfolioUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The portfolios a user has passed through, and where they are now. Undo and redo move the
 * position; a new edit drops whatever could have been redone. The portfolio has unsaved changes
 * exactly when the position differs from where it was last saved, so undoing back to the saved
 * state makes it clean again.
 *
 * <p>An edit that adds to a unit's append-only history (a signature, a reopening, a voiding) is
 * a barrier: it cannot be undone, nor can anything before it, since taking back an earlier edit
 * would change what was signed. The steps before it are dropped.
 */
public final class EditHistory {

    /** Enough for an afternoon; beyond it the oldest steps go (each is only a few references). */
    public static final int LIMIT = 2000;

    private final List<Step> steps = new ArrayList<>();
    private int position;
    /** Index of the saved step, or -1 when the saved state is no longer in the history. */
    private int saved;
    /** Whether the first step is a recorded act, which Undo must not pass. */
    private boolean barrier;

    private record Step(Portfolio portfolio, String description) {
    }

    public EditHistory(Portfolio start, boolean startsSaved) {
        steps.add(new Step(start, null));
        position = 0;
        saved = startsSaved ? 0 : -1;
    }

    public Portfolio current() {
        return steps.get(position).portfolio();
    }

    /** Applies the edit; an edit that changes nothing leaves the history as it is. */
    public Portfolio apply(Edit edit) throws EditRefused {
        return push(current(), edit.applyTo(current()), edit.description());
    }

    /**
     * Records {@code next}, an edit's result the caller computed from {@code before} (after asking
     * the user about it); the same as {@link #apply} would, when nothing has moved on meanwhile.
     */
    public Portfolio push(Portfolio before, Portfolio next, String description) {
        if (before != current()) {
            throw new IllegalStateException("the history moved on since the edit was worked out");
        }
        if (next.equals(current())) {
            return next;
        }
        steps.subList(position + 1, steps.size()).clear();
        if (saved > position) {
            saved = -1;
        }
        if (recordsAnAct(current(), next)) {
            steps.clear();
            position = -1;
            saved = -1;
            barrier = true;
        }
        steps.add(new Step(next, description));
        position++;
        if (steps.size() > LIMIT) {
            steps.remove(0);
            barrier = false;
            position--;
            saved = saved > 0 ? saved - 1 : -1;
        }
        return next;
    }

    public boolean canUndo() {
        return position > 0;
    }

    /** Whether Undo has stopped at a signature, reopening or voiding, rather than at the start. */
    public boolean atBarrier() {
        return barrier && position == 0;
    }

    private static boolean recordsAnAct(Portfolio before, Portfolio after) {
        for (PortfolioUnit unit : after.units()) {
            int earlier = before.unit(unit.spec().id()).map(u -> u.history().size()).orElse(0);
            if (unit.history().size() > earlier) {
                return true;
            }
        }
        return false;
    }

    public boolean canRedo() {
        return position < steps.size() - 1;
    }

    public Portfolio undo() {
        if (!canUndo()) {
            throw new IllegalStateException("nothing to undo");
        }
        position--;
        return current();
    }

    public Portfolio redo() {
        if (!canRedo()) {
            throw new IllegalStateException("nothing to redo");
        }
        position++;
        return current();
    }

    /** What Undo would take back, for the menu. */
    public Optional<String> undoDescription() {
        return canUndo() ? Optional.of(steps.get(position).description()) : Optional.empty();
    }

    public Optional<String> redoDescription() {
        return canRedo() ? Optional.of(steps.get(position + 1).description()) : Optional.empty();
    }

    public boolean hasUnsavedChanges() {
        return position != saved;
    }

    public void markSaved() {
        saved = position;
    }
}
