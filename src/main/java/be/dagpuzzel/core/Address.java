package be.dagpuzzel.core;

/** A Belgian postal address. Parts may be empty strings, never null. */
public record Address(String street, String houseNumber, String postcode, String municipality) {

    public static final Address EMPTY = new Address("", "", "", "");

    public Address {
        street = clean(street);
        houseNumber = clean(houseNumber);
        postcode = clean(postcode);
        municipality = clean(municipality);
    }

    private static String clean(String s) {
        return s == null ? "" : s.strip();
    }

    public boolean isEmpty() {
        return street.isEmpty() && houseNumber.isEmpty() && postcode.isEmpty() && municipality.isEmpty();
    }

    /** "Kerkstraat 14, 9230 Wetteren", leaving out what is missing. */
    public String oneLine() {
        String first = (street + " " + houseNumber).strip();
        String second = (postcode + " " + municipality).strip();
        if (first.isEmpty()) {
            return second;
        }
        return second.isEmpty() ? first : first + ", " + second;
    }
}
