package dev.exoplan.core.cost;

import java.util.Locale;

/**
 * What a patient must know before paying for an exosome course, from the source article. The
 * wording lives with the renderers (one text per language); these are the facts' names.
 */
public enum Caveat {
    /** Jiyuu shinryou (self-pay treatment, outside insurance): no public insurance; the whole cost is out of pocket. */
    SELF_PAY,
    /** No exosome product is approved in Japan for a specific disease (as of April 2025). */
    UNAPPROVED,
    /** After treatment with human-derived culture supernatant you can no longer donate blood. */
    NO_BLOOD_DONATION,
    /** Results vary between people and may fall short of expectations. */
    RESULTS_VARY,
    /** Several sessions are usually needed; effects last a few months. */
    SEVERAL_SESSIONS,
    /** Redness or bruising for days to about a week; long-term safety unknown. */
    SIDE_EFFECTS,
    /** Frequency and period are decided with the doctor; this is an estimate, not a prescription. */
    DECIDE_WITH_DOCTOR,
    /**
     * For plans that buy a package only: do not sign a course contract on the day of the first
     * counselling; cooling-off and the refund rules; ask the consumer hotline 188.
     */
    PREPAID_COURSE;

    /** The kebab-case id used in JSON output. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
