package synthlex.law;

/** 17 -> 十七, 23 -> 二十三, 105 -> 一百零五: how Chinese statutes number articles, paragraphs and items. */
final class ChineseNumerals {
    private static final String DIGITS = "零一二三四五六七八九";

    private ChineseNumerals() { }

    static String of(int n) {
        if (n <= 0 || n >= 1000) throw new IllegalArgumentException("out of range: " + n);
        if (n < 10) return String.valueOf(DIGITS.charAt(n));
        if (n < 20) return "十" + (n % 10 == 0 ? "" : DIGITS.charAt(n % 10));
        if (n < 100) return DIGITS.charAt(n / 10) + "十" + (n % 10 == 0 ? "" : String.valueOf(DIGITS.charAt(n % 10)));
        int rest = n % 100;
        String head = DIGITS.charAt(n / 100) + "百";
        if (rest == 0) return head;
        if (rest < 10) return head + "零" + DIGITS.charAt(rest);
        return head + (rest < 20 ? "一" + of(rest) : of(rest));
    }
}
