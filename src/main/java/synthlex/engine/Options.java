package synthlex.engine;

/**
 * How to answer: {@code explain} adds each obligation's trace and the near misses; {@code lang}
 * chooses the language of titles, summaries and questions (citations always quote the Chinese).
 */
public record Options(boolean explain, Lang lang) {
    public static final Options DEFAULT = new Options(false, Lang.EN);

    public enum Lang {
        EN, ZH;

        /** "zh", "zh-CN", "zh-Hans;q=0.9,en" -> ZH; anything else -> EN. */
        public static Lang of(String tag) {
            if (tag == null) return EN;
            String first = tag.trim().toLowerCase(java.util.Locale.ROOT);
            return first.startsWith("zh") ? ZH : EN;
        }
    }
}
