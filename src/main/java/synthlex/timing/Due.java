package synthlex.timing;

import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A deadline reckoned on the official calendar: the last day on which the act may be done (until
 * 24:00 that day, Civil Code Art. 203(2)).
 *
 * @param date               the last day
 * @param yearsWithoutNotice the years whose working days the reckoning depended on but for which no
 *                           State Council notice is registered yet; they were counted Monday to
 *                           Friday, so the date may move once the notice is published. Empty when certain.
 * @param note               English: which years were counted Monday to Friday and why; null when certain
 * @param noteZh             the same in Chinese; null when certain
 */
public record Due(LocalDate date, List<Integer> yearsWithoutNotice, String note, String noteZh) {

    public Due {
        if (date == null) throw new IllegalArgumentException("a due date needs a date");
        yearsWithoutNotice = yearsWithoutNotice == null ? List.of() : List.copyOf(yearsWithoutNotice);
    }

    /** A due date with its notes written from {@code yearsWithoutNotice}. */
    public Due(LocalDate date, List<Integer> yearsWithoutNotice) {
        this(date, yearsWithoutNotice, note(yearsWithoutNotice), noteZh(yearsWithoutNotice));
    }

    /** True when every day the reckoning looked at is settled by a registered notice. */
    public boolean certain() {
        return yearsWithoutNotice.isEmpty();
    }

    private static String note(List<Integer> years) {
        if (years == null || years.isEmpty()) return null;
        String list = join(years, ", ", " and ");
        return "Working days in " + list + " were counted Monday to Friday: the State Council has not yet published "
                + (years.size() == 1 ? "its holiday notice for that year" : "its holiday notices for those years")
                + ", so this date may move when it does.";
    }

    private static String noteZh(List<Integer> years) {
        if (years == null || years.isEmpty()) return null;
        String list = years.stream().map(y -> y + "年").collect(Collectors.joining("、"));
        return list + "国务院节假日安排通知尚未发布，该年度暂按周一至周五计算工作日；通知发布后，此日期可能变化。";
    }

    private static String join(List<Integer> years, String sep, String last) {
        if (years.size() == 1) return String.valueOf(years.get(0));
        String head = years.subList(0, years.size() - 1).stream().map(String::valueOf).collect(Collectors.joining(sep));
        return head + last + years.get(years.size() - 1);
    }
}
