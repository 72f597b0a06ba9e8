package be.dagpuzzel.progress.view;

import java.util.List;

import javafx.scene.chart.ValueAxis;

import be.dagpuzzel.progress.Competence;

/**
 * The competence chart's level axis: ticks at the whole levels 1 to 4 only, labelled with their
 * words, with a little room above and below so the points on 1 and 4 are drawn whole.
 */
final class LevelAxis extends ValueAxis<Number> {

    private static final double MARGIN = 0.4;

    private final java.util.function.IntFunction<String> label;

    /** With {@code label} giving a level's tick text ("3 · mostly alone"). */
    LevelAxis(java.util.function.IntFunction<String> label) {
        super(Competence.LOWEST - MARGIN, Competence.HIGHEST + MARGIN);
        this.label = label;
        setAutoRanging(false);
        setMinorTickVisible(false);
    }

    @Override
    protected List<Number> calculateMinorTickMarks() {
        return List.of();
    }

    @Override
    protected void setRange(Object range, boolean animate) {
        // the levels are fixed
    }

    @Override
    protected Object getRange() {
        return new double[] {getLowerBound(), getUpperBound()};
    }

    @Override
    protected List<Number> calculateTickValues(double length, Object range) {
        return List.of(1, 2, 3, 4);
    }

    @Override
    protected String getTickMarkLabel(Number value) {
        return label.apply(value.intValue());
    }
}
