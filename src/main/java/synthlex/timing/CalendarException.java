package synthlex.timing;

import java.util.List;

/** The calendar file is missing or inconsistent; every problem names the file. */
public final class CalendarException extends IllegalArgumentException {
    private final List<String> problems;

    public CalendarException(List<String> problems) {
        super(String.join("\n", problems));
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
