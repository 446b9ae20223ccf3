package synthlex.engine;

import java.util.ArrayList;
import java.util.EnumMap;
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

    /** One question per field, in the API's field order (the order of the set). */
    static List<Question> of(Set<Field> fields, boolean zh) {
        if (fields.isEmpty()) return List.of();
        List<Question> out = new ArrayList<>(fields.size());
        for (Field f : fields) out.add(question(f, zh, null));
        return List.copyOf(out);
    }

    static List<Question> group(List<ObligationResult> obligations, List<ObligationResult> upcoming,
                                List<ClassificationResult> classifications, boolean zh) {
        Map<Field, Set<String>> decides = new EnumMap<>(Field.class);
        for (List<ObligationResult> list : List.of(obligations, upcoming)) {
            for (ObligationResult o : list) {
                for (String pointer : o.missing()) decides.computeIfAbsent(Field.at(pointer), f -> new LinkedHashSet<>()).add(o.id());
            }
        }
        for (ClassificationResult c : classifications) {
            for (String pointer : c.missing()) decides.computeIfAbsent(Field.at(pointer), f -> new LinkedHashSet<>());
        }
        if (decides.isEmpty()) return List.of();
        // most obligations decided first; ties in the API's field order (the EnumMap's, kept by a stable sort)
        List<Field> asked = new ArrayList<>(decides.keySet());
        asked.sort((a, b) -> Integer.compare(decides.get(b).size(), decides.get(a).size()));
        List<Question> out = new ArrayList<>(asked.size());
        for (Field f : asked) out.add(question(f, zh, List.copyOf(decides.get(f))));
        return List.copyOf(out);
    }

    private static Question question(Field f, boolean zh, List<String> decides) {
        return new Question(f.pointer(), zh ? f.questionZh() : f.question(), f.questionZh(), decides);
    }
}
