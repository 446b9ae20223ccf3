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

    /** FACE_SWAP -> face-swap, computed once per enum type (codes are written into, and counted in, every answer). */
    static String kebab(Enum<?> e) {
        try {
            return Kebab.CODES.get(e.getDeclaringClass())[e.ordinal()];
        } catch (Kebab.StillInitialising x) { // an enum whose constructor asks for its own code
            return Kebab.of(e);
        }
    }

    /** Holder for the codes (an interface cannot have private static fields): by enum type, by ordinal. */
    final class Kebab {
        private static final ClassValue<String[]> CODES = new ClassValue<>() {
            @Override protected String[] computeValue(Class<?> type) {
                Object[] constants = type.getEnumConstants();
                if (constants == null) throw new StillInitialising(); // not cached: asked again once the constants exist
                String[] codes = new String[constants.length];
                for (int i = 0; i < constants.length; i++) codes[i] = of((Enum<?>) constants[i]);
                return codes;
            }
        };

        static String of(Enum<?> e) {
            return e.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
        }

        private static final class StillInitialising extends RuntimeException {
            StillInitialising() { super(null, null, false, false); }
        }

        private Kebab() { }
    }
}
