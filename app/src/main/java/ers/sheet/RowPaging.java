package ers.sheet;

import java.util.ArrayList;
import java.util.List;

/**
 * Which evidence rows go on which page of the grid, decided once for the whole sheet so that
 * every page group prints the same rows on the same pages. Rows fill each page in order; the
 * closing block (the assessor's declaration, lines and key) must stand under the grid on its
 * last page, with at least the last two rows above it: when it does not fit under them, they
 * (the last one alone, if two are too tall to go with it) move to a new page with it, so it
 * never stands on a page without grid rows, nor under a lone row. A sheet without evidence
 * gives the block blank ruled rows to stand under instead. Pure arithmetic on heights: nothing
 * is placed here.
 */
final class RowPaging {

    /** Rows that go with the closing block to its page, when it does not fit under the last ones. */
    static final int KEPT_WITH_CLOSING = 2;

    private RowPaging() {
    }

    /**
     * The grid pages and the rows each holds.
     *
     * @param startsOnNewPage whether the grid starts on a page after the first (the title block
     *                        left too little room on it for any row to go with the closing block)
     * @param pages           per grid page, the rows {@code [from, to)} it holds; the last may be
     *                        empty (blank ruled rows only) when no evidence row can go with the block
     */
    record Pages(boolean startsOnNewPage, List<Range> pages) {

        Pages {
            pages = List.copyOf(pages);
        }

        /** Pages of one group of criterion columns, the title page included when it holds no grid. */
        int count() {
            return pages.size() + (startsOnNewPage ? 1 : 0);
        }
    }

    record Range(int from, int to) {
        int size() {
            return to - from;
        }
    }

    /**
     * @param heights   each row's height, in order
     * @param firstRoom the height the first page leaves under the title block, above the footer
     * @param freshRoom the height a later page leaves under its running head, above the footer
     * @param header    the height of the grid's two header rows, repeated on every page
     * @param closing   the closing block's height
     * @param blankRow  the height of one blank ruled row
     */
    static Pages paginate(double[] heights, double firstRoom, double freshRoom, double header, double closing,
                          double blankRow) {
        int n = heights.length;
        Pages all = greedy(heights, n, firstRoom, freshRoom, header);
        if (closingFits(heights, all, firstRoom, freshRoom, header, closing, blankRow)) {
            return n > 0 ? all : new Pages(false, List.of(new Range(0, 0)));
        }
        for (int k = Math.min(KEPT_WITH_CLOSING, n); k >= 1; k--) {
            if (sum(heights, n - k, n) + closing <= freshRoom - header) {
                return withClosingPage(greedy(heights, n - k, firstRoom, freshRoom, header), new Range(n - k, n));
            }
        }
        return withClosingPage(all, new Range(n, n));
    }

    /** Each row on the first page with room for it, in order. */
    private static Pages greedy(double[] heights, int end, double firstRoom, double freshRoom, double header) {
        List<Range> pages = new ArrayList<>();
        boolean startsOnNewPage = false;
        double left = firstRoom - header;
        int from = 0;
        for (int i = 0; i < end; i++) {
            if (heights[i] > left) {
                if (i == from && pages.isEmpty() && !startsOnNewPage) {
                    startsOnNewPage = true;
                } else {
                    pages.add(new Range(from, i));
                    from = i;
                }
                left = freshRoom - header;
            }
            left -= heights[i];
        }
        if (end > from) {
            pages.add(new Range(from, end));
        }
        return new Pages(startsOnNewPage, pages);
    }

    private static boolean closingFits(double[] heights, Pages all, double firstRoom, double freshRoom,
                                       double header, double closing, double blankRow) {
        if (all.pages().isEmpty()) {
            return closing + KEPT_WITH_CLOSING * blankRow <= firstRoom - header;
        }
        Range last = all.pages().get(all.pages().size() - 1);
        boolean first = all.pages().size() == 1 && !all.startsOnNewPage();
        return last.size() >= Math.min(KEPT_WITH_CLOSING, heights.length)
                && sum(heights, last.from(), last.to()) + closing <= (first ? firstRoom : freshRoom) - header;
    }

    private static Pages withClosingPage(Pages before, Range closingPage) {
        List<Range> pages = new ArrayList<>(before.pages());
        pages.add(closingPage);
        return new Pages(before.startsOnNewPage() || before.pages().isEmpty(), pages);
    }

    private static double sum(double[] heights, int from, int to) {
        double sum = 0;
        for (int i = from; i < to; i++) {
            sum += heights[i];
        }
        return sum;
    }
}
