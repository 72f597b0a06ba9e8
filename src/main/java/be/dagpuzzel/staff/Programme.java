package be.dagpuzzel.staff;

/** The employment programme under which someone works at the centre. */
public enum Programme {
    REGULAR(false),
    LDE(true),
    INDIVIDUAL_MAATWERK(true),
    COLLECTIVE_MAATWERK(true),
    ARTICLE_60(true),
    VOLUNTEER(false),
    TRAINEE(false),
    OTHER(false);

    private final boolean socialEconomy;

    Programme(boolean socialEconomy) {
        this.socialEconomy = socialEconomy;
    }

    /** Supported employment: these workers have a trajectory, a POP and a coach. */
    public boolean isSocialEconomy() {
        return socialEconomy;
    }

    public String messageKey() {
        return "programme." + name();
    }
}
