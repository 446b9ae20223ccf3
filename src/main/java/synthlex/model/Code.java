package synthlex.model;

/** An enum whose JSON form is a kebab-case code (the API's enum values). */
public interface Code {
    String code();

    static <E extends Enum<E> & Code> E parse(Class<E> type, String code) {
        for (E e : type.getEnumConstants()) {
            if (e.code().equals(code)) return e;
        }
        throw new IllegalArgumentException("unknown " + type.getSimpleName() + " '" + code + "'");
    }

    static String kebab(Enum<?> e) {
        return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
    }
}
