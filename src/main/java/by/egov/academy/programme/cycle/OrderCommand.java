package by.egov.academy.programme.cycle;

import java.util.List;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The cycle's seminars in their new order: every seminar of the cycle, each once. */
public record OrderCommand(@NotNull @Size(max = 1000) List<Long> seminarIds) {
}
