package by.egov.academy.platform;

import java.util.List;

/** One page of a list in the API; page size is clamped to 1..500 so no request can ask for everything. */
public record PageJson<T>(List<T> items, long total, int page, int size) {

    public static final int MAX_SIZE = 500;

    public static int size(int requested) {
        return Math.min(Math.max(requested, 1), MAX_SIZE);
    }

    /** Pages beyond this are refused by clamping: page × size must stay a sane SQL offset. */
    public static final int MAX_PAGE = 100_000;

    public static int page(int requested) {
        return Math.min(Math.max(requested, 0), MAX_PAGE);
    }
}
