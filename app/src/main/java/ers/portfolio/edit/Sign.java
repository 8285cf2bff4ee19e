package ers.portfolio.edit;

import ers.portfolio.Portfolio;

/**
 * A signing, reopening or voiding made by the signing forms, which produce the next portfolio
 * themselves (with its seal and history entry). It applies only to the portfolio it was made from.
 */
public record Sign(Portfolio before, Portfolio after, String description) implements Edit {

    @Override
    public Portfolio applyTo(Portfolio portfolio) throws EditRefused {
        if (portfolio != before) {
            throw new EditRefused("the portfolio changed while the form was open; sign again");
        }
        return after;
    }
}
