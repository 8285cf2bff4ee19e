package ers.portfolio.progress;

/** Counts in words, singular where there is one: "1 credit", "2 credits". */
public final class Words {

    private Words() {
    }

    public static String count(long n, String singular) {
        return count(n, singular, singular + "s");
    }

    public static String count(long n, String singular, String plural) {
        return n + " " + (n == 1 ? singular : plural);
    }
}
