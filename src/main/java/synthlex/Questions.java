package synthlex.engine;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import synthlex.engine.Evaluation.ClassificationResult;
import synthlex.engine.Evaluation.ObligationResult;
import synthlex.engine.Evaluation.Question;
import synthlex.facts.Field;

/**
 * The questions to put to a client: one per missing fact, with the obligations it decides, the
 * ones that decide most first. Answering every one leaves nothing undetermined, since an
 * obligation is undetermined only through the facts it names.
 */
final class Questions {
    private Questions() { }

    static List<Question> of(Collection<Field> fields, boolean zh) {
        return fields.stream().sorted().map(f -> question(f, zh, null)).toList();
    }

    static List<Question> group(List<ObligationResult> obligations, List<ObligationResult> upcoming,
                                List<ClassificationResult> classifications, boolean zh) {
        Map<Field, Set<String>> decides = new LinkedHashMap<>();
        for (Field f : Field.values()) decides.put(f, new LinkedHashSet<>());
        List<ObligationResult> all = new ArrayList<>(obligations);
        all.addAll(upcoming);
        Set<Field> asked = new LinkedHashSet<>();
        for (ObligationResult o : all) {
            for (String pointer : o.missing()) {
                Field f = field(pointer);
                decides.get(f).add(o.id());
                asked.add(f);
            }
        }
        for (ClassificationResult c : classifications) c.missing().forEach(p -> asked.add(field(p)));
        return asked.stream()
                .sorted(Comparator.<Field>comparingInt(f -> -decides.get(f).size()).thenComparing(Comparator.naturalOrder()))
                .map(f -> question(f, zh, List.copyOf(decides.get(f))))
                .toList();
    }

    private static Question question(Field f, boolean zh, List<String> decides) {
        return new Question(f.pointer(), zh ? f.questionZh() : f.question(), f.questionZh(), decides);
    }

    private static Field field(String pointer) {
        for (Field f : Field.values()) if (f.pointer().equals(pointer)) return f;
        throw new IllegalArgumentException("no field at " + pointer);
    }
}
