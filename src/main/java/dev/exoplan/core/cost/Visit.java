package dev.exoplan.core.cost;

import dev.exoplan.core.money.Receipt;
import dev.exoplan.core.schedule.Session;
import java.util.List;
import java.util.Objects;

/** One session's visit: what is charged at it and its receipt (each visit is one receipt). */
public record Visit(Session session, List<LineItem> items, Receipt receipt) {

    public Visit {
        Objects.requireNonNull(session, "session");
        items = List.copyOf(items);
        Objects.requireNonNull(receipt, "receipt");
    }
}
