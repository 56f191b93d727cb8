package dev.exoplan.io.plan;

import dev.exoplan.core.course.BreakEven;
import dev.exoplan.core.course.PackageRisk;
import dev.exoplan.io.text.Texts;

/** The sentences about a course package that {@code plan} and {@code compare} both say. */
public final class CourseWords {

    private CourseWords() {
    }

    /** The plain sentence: "This course pays off only if you have at least 2 of its 5 sessions (4 if …)." */
    public static String breakEven(Texts texts, PackageRisk risk) {
        BreakEven b = risk.breakEven();
        int n = risk.sessions();
        if (b.ifRefunded().isPresent() && b.ifNoRefund().isPresent()) {
            return texts.get("stop.breakEven.both", b.ifRefunded().getAsInt(), n, b.ifNoRefund().getAsInt());
        }
        if (b.ifRefunded().isPresent()) {
            return texts.get("stop.breakEven.refundedOnly", b.ifRefunded().getAsInt(), n);
        }
        if (b.ifNoRefund().isPresent()) {
            return texts.get("stop.breakEven.noRefundOnly", b.ifNoRefund().getAsInt(), n);
        }
        return texts.get("stop.breakEven.never", n);
    }
}
