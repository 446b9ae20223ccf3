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

    /** FACE_SWAP -> face-swap, computed once per constant (codes are written into every answer). */
    static String kebab(Enum<?> e) {
        return Kebab.CACHE.computeIfAbsent(e, x -> x.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
    }

    /** Holder for the cache (an interface cannot have private static fields). */
    final class Kebab {
        private static final java.util.Map<Enum<?>, String> CACHE = new java.util.concurrent.ConcurrentHashMap<>();

        private Kebab() { }
    }
}
