package synthlex.pack;

/** The two languages of the pack: every document is written once in each, under {@code en/} and {@code zh/}. */
enum Language {
    EN("en"), ZH("zh");

    final String dir;

    Language(String dir) {
        this.dir = dir;
    }

    /** The text in this language. */
    String t(String en, String zh) {
        return this == EN ? en : zh;
    }

    boolean zh() {
        return this == ZH;
    }
}
