package ers.pdf;

/**
 * How a long export reports its progress and learns it should stop. Called on the exporting
 * thread; an implementation hands updates to its own UI thread.
 */
public interface ExportProgress {

    ExportProgress NONE = new ExportProgress() {
        @Override
        public void pagesDone(int done, int total) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    void pagesDone(int done, int total);

    /** Checked between pages; when true the export stops and writes nothing. */
    boolean cancelled();
}
