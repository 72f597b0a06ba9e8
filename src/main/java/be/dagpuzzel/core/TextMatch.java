package be.dagpuzzel.core;

import java.text.Normalizer;
import java.util.Locale;

/** Search that forgives case and accents: "celine" finds "Céline". */
public final class TextMatch {

    private TextMatch() {
    }

    public static String fold(String text) {
        return Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT);
    }
}
