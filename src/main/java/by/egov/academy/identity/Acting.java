package by.egov.academy.identity;

import java.util.function.Supplier;

/**
 * Does work as a named account, through the same services and access checks a person signed in as it would go
 * through: the demo loader enters its example seminars this way, so demo data obeys the rules real data does.
 */
public interface Acting {

    <T> T as(String username, Supplier<T> work);
}
